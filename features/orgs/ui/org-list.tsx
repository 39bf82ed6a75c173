"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { RecordLink } from "@/components/ui/record-link";
import { ORG_DOMAINS, ORG_STATUSES, ORG_TYPES, type TListOrgsInput } from "@/features/orgs/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { RosterHeader } from "@/features/imports/ui/roster-header";
import { DataList, FilterSelect, useListSort, SearchFilter } from "@/components/ui/data-list";
import { Picker } from "@/components/ui/picker";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { ORG_SORTS } from "@/features/orgs/schema";
import { domainKey, statusKey, typeKey } from "./labels";

/** The roster: filters, sort and page live in the URL, so a view can be shared and survives reload. */
export function OrgList({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const params = filters.params;
  const setParam = filters.set;
  const [q, setQ] = useDebouncedSearch(filters);

  const input: TListOrgsInput = {
    countyCode,
    page: filters.page,
    ...useListSort(filters, ORG_SORTS),
    q: params.get("q") ?? "",
    type: pick(ORG_TYPES, params.get("type")),
    domain: pick(ORG_DOMAINS, params.get("domain")),
    status: pick(ORG_STATUSES, params.get("status")),
    townshipId: params.get("township") || undefined,
  };

  const list = useQuery({ ...trpc.org.list.queryOptions(input), placeholderData: keepPreviousData });
  const townships = useQuery(trpc.region.townships.queryOptions({ countyCode }));
  const title = t("orgs.title", { name: list.data?.county.name ?? "" });

  return (
    <>
      <RosterHeader title={title} roster="orgs" countyCode={countyCode} canEdit={canEdit} newLabel={t("orgs.new")}>
        {!canEdit && <span className="muted">{t("orgs.readOnly")}</span>}
      </RosterHeader>
      <div className="filters" role="search">
        <SearchFilter id="f-q" label={t("orgs.searchName")} value={q} onChange={setQ} />
        <FilterSelect id="f-type" label={t("orgs.filterType")} value={input.type} options={ORG_TYPES.map((v) => [v, t(typeKey(v))])} onChange={(v) => setParam({ type: v })} />
        <FilterSelect id="f-domain" label={t("orgs.filterDomain")} value={input.domain} options={ORG_DOMAINS.map((v) => [v, t(domainKey(v))])} onChange={(v) => setParam({ domain: v })} />
        <FilterSelect id="f-status" label={t("orgs.filterStatus")} value={input.status} options={ORG_STATUSES.map((v) => [v, t(statusKey(v))])} onChange={(v) => setParam({ status: v })} />
        <Picker
          label={t("orgs.filterTownship")}
          optional
          placeholder={t("common.all")}
          value={input.townshipId ?? ""}
          source={{ local: (townships.data ?? []).map((r) => ({ value: r.id, label: r.name, terms: r.code })) }}
          onChange={(v) => setParam({ township: v || undefined })}
        />
      </div>
      <DataList list={list} filters={filters} sort={input} caption={title} testId="org-table" empty={t("orgs.empty")}
        columns={[
          { id: "name", header: t("orgs.col.name"), sortable: true, cell: (o) => <RecordLink href={`/orgs/${o.id}`}>{o.name}</RecordLink> },
          { id: "type", header: t("orgs.col.type"), sortable: true, cell: (o) => t(typeKey(o.type)) },
          { id: "domain", header: t("orgs.col.domain"), sortable: true, cell: (o) => t(domainKey(o.domain)) },
          { id: "region", header: t("orgs.col.region"), sortable: true, cell: (o) => o.region.name },
          { id: "status", header: t("orgs.col.status"), sortable: true, cell: (o) => t(statusKey(o.status)), className: (o) => `status-${o.status}` },
        ]}
      />
    </>
  );
}
