"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { RecordLink } from "@/components/ui/record-link";
import { MEMBER_CATEGORIES, MEMBER_SORTS } from "@/features/members/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { RosterHeader } from "@/features/imports/ui/roster-header";
import { DataList, FilterSelect, useListSort, SearchFilter } from "@/components/ui/data-list";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { categoryKey } from "@/features/people/ui/labels";

export function MemberList({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const [q, setQ] = useDebouncedSearch(filters);
  const year = Number(filters.params.get("year")) || undefined;
  const input = {
    countyCode,
    page: filters.page,
    ...useListSort(filters, MEMBER_SORTS),
    q: filters.params.get("q") ?? "",
    category: pick(MEMBER_CATEGORIES, filters.params.get("category")),
    joinedYear: year && year >= 1949 && year <= 2100 ? year : undefined,
    dueToLeave: filters.params.get("due") === "1" || undefined,
  };
  const list = useQuery({ ...trpc.member.list.queryOptions(input), placeholderData: keepPreviousData });
  const title = t("members.title", { name: list.data?.county.name ?? "" });
  return (
    <>
      <RosterHeader title={title} roster="members" countyCode={countyCode} canEdit={canEdit} newLabel={t("members.new")} />
      <div className="filters" role="search">
        <SearchFilter id="m-q" label={t("members.search")} value={q} onChange={setQ} />
        <FilterSelect id="m-category" label={t("member.category")} value={input.category} options={MEMBER_CATEGORIES.map((v) => [v, t(categoryKey(v))])} onChange={(v) => filters.set({ category: v })} />
        <div>
          <label htmlFor="m-year">{t("members.joinedYear")}</label>
          <input id="m-year" type="number" inputMode="numeric" min={1949} max={2100} defaultValue={input.joinedYear ?? ""} onBlur={(e) => filters.set({ year: e.target.value || undefined })} />
        </div>
        <label className="row" style={{ alignSelf: "end" }}>
          <input type="checkbox" checked={Boolean(input.dueToLeave)} onChange={(e) => filters.set({ due: e.target.checked ? "1" : undefined })} />
          {t("members.dueToLeave")}
        </label>
      </div>
      <DataList list={list} filters={filters} sort={input} caption={title} testId="member-table" empty={t("members.empty")}
        columns={[
          { id: "name", header: t("cadre.name"), sortable: true, cell: (m) => <RecordLink href={`/members/${m.id}`}>{m.name}</RecordLink> },
          { id: "developmentNumber", header: t("member.developmentNumber"), sortable: true, cell: (m) => m.developmentNumber },
          { id: "category", header: t("member.category"), sortable: true, cell: (m) => t(categoryKey(m.category)) },
          { id: "organisation", header: t("member.organisation"), sortable: true, cell: (m) => m.organisation.name },
          { id: "joinedOn", header: t("member.joinedOn"), sortable: true, cell: (m) => m.joinedOn },
        ]}
      />
    </>
  );
}
