"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "@/lib/i18n";
import { beijingDateTime } from "@/lib/time";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Pager } from "@/components/ui/pager";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";

/** Every account with its lock and its sessions in force; an administrator unlocks or signs out. */
export function AccountList() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const filters = useUrlFilters();
  const [q, setQ] = useDebouncedSearch(filters);
  const input = { q: filters.params.get("q") ?? "", page: filters.page };
  const list = useQuery({ ...trpc.account.list.queryOptions(input), placeholderData: keepPreviousData });
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const done = (text: string) => {
    setNote({ ok: true, text });
    void queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });
  };
  const failed = (e: Parameters<typeof errorText>[1]) => setNote({ ok: false, text: errorText(t, e) });
  const unlock = useMutation(trpc.account.unlock.mutationOptions({ onSuccess: (r) => done(t("accounts.unlocked", { name: r.displayName })), onError: failed }));
  const end = useMutation(trpc.account.endSessions.mutationOptions({ onSuccess: (r) => done(t("accounts.ended", { name: r.displayName, count: r.count })), onError: failed }));
  return (
    <>
      <h1>{t("accounts.title")}</h1>
      <p className="muted">{t("accounts.intro")}</p>
      <div className="filters" role="search">
        <div>
          <label htmlFor="a-q">{t("accounts.search")}</label>
          <input id="a-q" type="search" maxLength={64} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
      </div>
      <div aria-live="polite">{note && <p role={note.ok ? "status" : "alert"} className={note.ok ? "notice" : "alert"}>{note.text}</p>}</div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t("accounts.empty")}</Empty>
      ) : (
        <>
          <table className="list responsive" aria-busy={list.isFetching} data-testid="account-table">
            <thead>
              <tr>
                <th scope="col">{t("accounts.username")}</th>
                <th scope="col">{t("accounts.role")}</th>
                <th scope="col">{t("accounts.state")}</th>
                <th scope="col">{t("accounts.sessions")}</th>
                <th scope="col">{t("accounts.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id} data-testid={`account-${a.username}`}>
                  <td>
                    <strong>{a.username}</strong> <span className="muted">{a.displayName}</span>
                  </td>
                  <td data-label={t("accounts.role")}>
                    {t(`role.${a.role}`)} <span className="muted">{a.regionName}</span>
                  </td>
                  <td data-label={t("accounts.state")}>
                    {!a.active ? t("accounts.inactive") : a.lockedUntil ? <span className="status-DISSOLVED">{t("accounts.lockedUntil", { time: beijingDateTime(a.lockedUntil) })}</span> : t("accounts.ok")}
                    {a.active && !a.lockedUntil && a.failedSignIns > 0 && <span className="muted"> · {t("accounts.failures", { count: a.failedSignIns })}</span>}
                  </td>
                  <td data-label={t("accounts.sessions")}>
                    {a.sessions}
                    {a.lastSeenAt && <span className="muted"> · {t("accounts.lastSeen", { time: beijingDateTime(a.lastSeenAt) })}</span>}
                  </td>
                  <td data-label={t("accounts.actions")}>
                    <div className="row">
                      {a.lockedUntil && (
                        <button type="button" disabled={unlock.isPending} onClick={() => unlock.mutate({ username: a.username })} aria-label={`${t("accounts.unlock")} ${a.username}`}>
                          {t("accounts.unlock")}
                        </button>
                      )}
                      {a.sessions > 0 && (
                        <button type="button" disabled={end.isPending} onClick={() => end.mutate({ username: a.username })} aria-label={`${t("accounts.endSessions")} ${a.username}`}>
                          {t("accounts.endSessions")}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={(p) => filters.set({ page: String(p) })} />
        </>
      )}
    </>
  );
}
