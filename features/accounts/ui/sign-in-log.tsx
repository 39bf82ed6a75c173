"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SIGN_IN_OUTCOMES } from "@/features/accounts/schema";
import { beijingDateTime } from "@/lib/time";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Pager } from "@/components/ui/pager";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";

/** Every sign-in attempt, newest first, by username and outcome. */
export function SignInLog() {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const [username, setUsername] = useDebouncedSearch(filters, "username");
  const input = { username: filters.params.get("username") ?? "", outcome: pick(SIGN_IN_OUTCOMES, filters.params.get("outcome")), page: filters.page };
  const list = useQuery({ ...trpc.account.signIns.queryOptions(input), placeholderData: keepPreviousData });
  return (
    <>
      <h1>{t("signIns.title")}</h1>
      <p className="muted">{t("signIns.intro")}</p>
      <div className="filters" role="search">
        <div>
          <label htmlFor="s-user">{t("signIns.username")}</label>
          <input id="s-user" type="search" maxLength={64} value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div>
          <label htmlFor="s-outcome">{t("signIns.outcome")}</label>
          <select id="s-outcome" value={input.outcome ?? ""} onChange={(e) => filters.set({ outcome: e.target.value || undefined })}>
            <option value="">{t("common.all")}</option>
            {SIGN_IN_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`signIns.outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t("signIns.empty")}</Empty>
      ) : (
        <>
          <table className="list responsive" aria-busy={list.isFetching} data-testid="sign-in-table">
            <thead>
              <tr>
                <th scope="col">{t("signIns.at")}</th>
                <th scope="col">{t("signIns.username")}</th>
                <th scope="col">{t("signIns.outcome")}</th>
                <th scope="col">{t("signIns.address")}</th>
                <th scope="col">{t("signIns.userAgent")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{beijingDateTime(r.at)}</td>
                  <td data-label={t("signIns.username")}>{r.username}</td>
                  <td data-label={t("signIns.outcome")} className={r.outcome === "ok" ? "status-ACTIVE" : "status-RECTIFYING"}>
                    {t(`signIns.outcome.${r.outcome}`)}
                  </td>
                  <td data-label={t("signIns.address")}>{r.address}</td>
                  <td data-label={t("signIns.userAgent")} className="muted" style={{ wordBreak: "break-all" }}>
                    {r.userAgent || "—"}
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
