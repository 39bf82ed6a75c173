"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SIGN_IN_OUTCOMES, SIGN_IN_SORTS } from "@/features/accounts/schema";
import { RosterHeader } from "@/features/imports/ui/roster-header";
import { beijingDateTime } from "@/lib/time";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { DataList, FilterSelect, useListSort, SearchFilter } from "@/components/ui/data-list";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";

/** Every sign-in attempt, newest first, by username and outcome. */
export function SignInLog() {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const [username, setUsername] = useDebouncedSearch(filters, "username");
  const input = { username: filters.params.get("username") ?? "", outcome: pick(SIGN_IN_OUTCOMES, filters.params.get("outcome")), page: filters.page, ...useListSort(filters, SIGN_IN_SORTS) };
  const list = useQuery({ ...trpc.account.signIns.queryOptions(input), placeholderData: keepPreviousData });
  return (
    <>
      <RosterHeader title={t("signIns.title")} roster="signIns" />
      <p className="muted">{t("signIns.intro")}</p>
      <div className="filters" role="search">
        <SearchFilter id="s-user" label={t("signIns.username")} maxLength={64} value={username} onChange={setUsername} />
        <FilterSelect id="s-outcome" label={t("signIns.outcome")} value={input.outcome} options={SIGN_IN_OUTCOMES.map((o) => [o, t(`signIns.outcome.${o}`)])} onChange={(v) => filters.set({ outcome: v })} />
      </div>
      <DataList list={list} filters={filters} sort={input} caption={t("signIns.title")} testId="sign-in-table" empty={t("signIns.empty")}
        columns={[
          { id: "at", header: t("signIns.at"), sortable: true, cell: (r) => beijingDateTime(r.at) },
          { id: "username", header: t("signIns.username"), sortable: true, cell: (r) => r.username },
          { id: "outcome", header: t("signIns.outcome"), sortable: true, cell: (r) => t(`signIns.outcome.${r.outcome}`), className: (r) => (r.outcome === "ok" ? "status-ACTIVE" : "status-RECTIFYING") },
          { id: "address", header: t("signIns.address"), cell: (r) => r.address },
          { id: "userAgent", header: t("signIns.userAgent"), cell: (r) => <span style={{ wordBreak: "break-all" }}>{r.userAgent || "—"}</span>, className: () => "muted" },
        ]}
      />
    </>
  );
}
