"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { RecordLink } from "@/components/ui/record-link";
import { CADRE_SORTS, POSTS, STAFFING_TYPES } from "@/features/cadres/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { RosterHeader } from "@/features/imports/ui/roster-header";
import { DataList, FilterSelect, useListSort, SearchFilter } from "@/components/ui/data-list";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { genderKey, postKey, staffingKey } from "@/features/people/ui/labels";

export function CadreList({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const [q, setQ] = useDebouncedSearch(filters);
  const input = {
    countyCode,
    page: filters.page,
    ...useListSort(filters, CADRE_SORTS),
    q: filters.params.get("q") ?? "",
    staffingType: pick(STAFFING_TYPES, filters.params.get("staffing")),
    post: pick(POSTS, filters.params.get("post")),
  };
  const list = useQuery({ ...trpc.cadre.list.queryOptions(input), placeholderData: keepPreviousData });
  const title = t("cadres.title", { name: list.data?.county.name ?? "" });
  return (
    <>
      <RosterHeader title={title} roster="cadres" countyCode={countyCode} canEdit={canEdit} newLabel={t("cadres.new")} />
      <div className="filters" role="search">
        <SearchFilter id="c-q" label={t("cadre.name")} value={q} onChange={setQ} />
        <FilterSelect id="c-staffing" label={t("cadre.staffingType")} value={input.staffingType} options={STAFFING_TYPES.map((v) => [v, t(staffingKey(v))])} onChange={(v) => filters.set({ staffing: v })} />
        <FilterSelect id="c-post" label={t("cadre.post")} value={input.post} options={POSTS.map((v) => [v, t(postKey(v))])} onChange={(v) => filters.set({ post: v })} />
      </div>
      <DataList list={list} filters={filters} sort={input} caption={title} testId="cadre-table" empty={t("cadres.empty")}
        note={(page) => page.items[0]?.personalMasked && <p className="muted">{t("cadres.masked")}</p>}
        columns={[
          {
            id: "name",
            header: t("cadre.name"),
            sortable: true,
            cell: (c) => (
              <>
                <RecordLink href={`/cadres/${c.id}`}>{c.name}</RecordLink> <span className="muted">{t(genderKey(c.gender))}</span>
              </>
            ),
          },
          {
            id: "positions",
            header: t("cadres.positions"),
            cell: (c) =>
              c.positions
                .filter((p) => !p.endedOn)
                .map((p) => `${p.organisation.name} ${t(postKey(p.post))}`)
                .join("；") || "—",
          },
          { id: "staffingType", header: t("cadre.staffingType"), sortable: true, cell: (c) => t(staffingKey(c.staffingType)) },
          { id: "idNumber", header: t("cadre.idNumber"), testId: "cadre-id", cell: (c) => c.idNumber ?? "—" },
          { id: "phone", header: t("cadre.phone"), testId: "cadre-phone", cell: (c) => c.phone ?? "—" },
        ]}
      />
    </>
  );
}
