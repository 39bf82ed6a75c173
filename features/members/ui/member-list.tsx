"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { MEMBER_CATEGORIES } from "@/features/members/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { ExportLink } from "@/features/imports/ui/export-link";
import { Pager } from "@/components/ui/pager";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
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
    q: filters.params.get("q") ?? "",
    category: pick(MEMBER_CATEGORIES, filters.params.get("category")),
    joinedYear: year && year >= 1949 && year <= 2100 ? year : undefined,
    dueToLeave: filters.params.get("due") === "1" || undefined,
  };
  const list = useQuery({ ...trpc.member.list.queryOptions(input), placeholderData: keepPreviousData });
  return (
    <>
      <div className="spread">
        <h1>{t("members.title", { name: list.data?.county.name ?? "" })}</h1>
        <div className="row">
          <ExportLink roster="members" countyCode={countyCode} />
          {canEdit && (
            <Link className="button" href={`/county/${countyCode}/members/import`}>
              {t("members.import")}
            </Link>
          )}
          {canEdit && (
            <Link className="button primary" href={`/county/${countyCode}/members/new`}>
              {t("members.new")}
            </Link>
          )}
        </div>
      </div>
      <div className="filters" role="search">
        <div>
          <label htmlFor="m-q">{t("members.search")}</label>
          <input id="m-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div>
          <label htmlFor="m-category">{t("member.category")}</label>
          <select id="m-category" value={input.category ?? ""} onChange={(e) => filters.set({ category: e.target.value || undefined })}>
            <option value="">{t("common.all")}</option>
            {MEMBER_CATEGORIES.map((v) => (
              <option key={v} value={v}>
                {t(categoryKey(v))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="m-year">{t("members.joinedYear")}</label>
          <input id="m-year" type="number" inputMode="numeric" min={1949} max={2100} defaultValue={input.joinedYear ?? ""} onBlur={(e) => filters.set({ year: e.target.value || undefined })} />
        </div>
        <label className="row" style={{ alignSelf: "end" }}>
          <input type="checkbox" checked={Boolean(input.dueToLeave)} onChange={(e) => filters.set({ due: e.target.checked ? "1" : undefined })} />
          {t("members.dueToLeave")}
        </label>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t("members.empty")}</Empty>
      ) : (
        <>
          <table className="list responsive" aria-busy={list.isFetching} data-testid="member-table">
            <thead>
              <tr>
                <th scope="col">{t("cadre.name")}</th>
                <th scope="col">{t("member.developmentNumber")}</th>
                <th scope="col">{t("member.category")}</th>
                <th scope="col">{t("member.organisation")}</th>
                <th scope="col">{t("member.joinedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link href={`/members/${m.id}`}>{m.name}</Link>
                  </td>
                  <td data-label={t("member.developmentNumber")}>{m.developmentNumber}</td>
                  <td data-label={t("member.category")}>{t(categoryKey(m.category))}</td>
                  <td data-label={t("member.organisation")}>{m.organisation.name}</td>
                  <td data-label={t("member.joinedOn")}>{m.joinedOn}</td>
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
