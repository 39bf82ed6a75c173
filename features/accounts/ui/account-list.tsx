"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "@/lib/i18n";
import { beijingDateTime } from "@/lib/time";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { DataList, useListSort, SearchFilter } from "@/components/ui/data-list";
import { Outcome } from "@/components/ui/states";
import { useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { ACCOUNT_SORTS } from "@/features/accounts/schema";
import { RosterHeader } from "@/features/imports/ui/roster-header";

/** Every account with its lock and its sessions in force; an administrator unlocks or signs out. */
export function AccountList() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const filters = useUrlFilters();
  const [q, setQ] = useDebouncedSearch(filters);
  const input = { q: filters.params.get("q") ?? "", page: filters.page, ...useListSort(filters, ACCOUNT_SORTS) };
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
      <RosterHeader title={t("accounts.title")} roster="accounts" />
      <p className="muted">{t("accounts.intro")}</p>
      <div className="filters" role="search">
        <SearchFilter id="a-q" label={t("accounts.search")} maxLength={64} value={q} onChange={setQ} />
      </div>
      <div aria-live="polite">
        <Outcome note={note} />
      </div>
      <DataList list={list} filters={filters} sort={input} caption={t("accounts.title")} testId="account-table"
        rowTestId={(a) => `account-${a.username}`}
        empty={t("accounts.empty")}
        columns={[
          {
            id: "username",
            header: t("accounts.username"),
            sortable: true,
            cell: (a) => (
              <>
                <strong>{a.username}</strong> <span className="muted">{a.displayName}</span>
              </>
            ),
          },
          {
            id: "role",
            header: t("accounts.role"),
            sortable: true,
            cell: (a) => (
              <>
                {t(`role.${a.role}`)} <span className="muted">{a.regionName}</span>
              </>
            ),
          },
          {
            id: "state",
            header: t("accounts.state"),
            cell: (a) => (
              <>
                {!a.active ? t("accounts.inactive") : a.lockedUntil ? <span className="status-DISSOLVED">{t("accounts.lockedUntil", { time: beijingDateTime(a.lockedUntil) })}</span> : t("accounts.ok")}
                {a.active && !a.lockedUntil && a.failedSignIns > 0 && <span className="muted"> · {t("accounts.failures", { count: a.failedSignIns })}</span>}
              </>
            ),
          },
          {
            id: "sessions",
            header: t("accounts.sessions"),
            cell: (a) => (
              <>
                {a.sessions}
                {a.lastSeenAt && <span className="muted"> · {t("accounts.lastSeen", { time: beijingDateTime(a.lastSeenAt) })}</span>}
              </>
            ),
          },
          {
            id: "actions",
            header: t("accounts.actions"),
            cell: (a) => (
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
            ),
          },
        ]}
      />
    </>
  );
}
