"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { POSTS, STAFFING_TYPES } from "@/features/cadres/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { ExportLink } from "@/features/imports/ui/export-link";
import { Pager } from "@/components/ui/pager";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
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
    q: filters.params.get("q") ?? "",
    staffingType: pick(STAFFING_TYPES, filters.params.get("staffing")),
    post: pick(POSTS, filters.params.get("post")),
  };
  const list = useQuery({ ...trpc.cadre.list.queryOptions(input), placeholderData: keepPreviousData });
  return (
    <>
      <div className="spread">
        <h1>{t("cadres.title", { name: list.data?.county.name ?? "" })}</h1>
        <div className="row">
          <ExportLink roster="cadres" countyCode={countyCode} />
          {canEdit && (
            <Link className="button" href={`/county/${countyCode}/cadres/import`}>
              {t("members.import")}
            </Link>
          )}
          {canEdit && (
            <Link className="button primary" href={`/county/${countyCode}/cadres/new`}>
              {t("cadres.new")}
            </Link>
          )}
        </div>
      </div>
      <div className="filters" role="search">
        <div>
          <label htmlFor="c-q">{t("cadre.name")}</label>
          <input id="c-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div>
          <label htmlFor="c-staffing">{t("cadre.staffingType")}</label>
          <select id="c-staffing" value={input.staffingType ?? ""} onChange={(e) => filters.set({ staffing: e.target.value || undefined })}>
            <option value="">{t("common.all")}</option>
            {STAFFING_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(staffingKey(v))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="c-post">{t("cadre.post")}</label>
          <select id="c-post" value={input.post ?? ""} onChange={(e) => filters.set({ post: e.target.value || undefined })}>
            <option value="">{t("common.all")}</option>
            {POSTS.map((v) => (
              <option key={v} value={v}>
                {t(postKey(v))}
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
        <Empty>{t("cadres.empty")}</Empty>
      ) : (
        <>
          {list.data.items[0]?.personalMasked && <p className="muted">{t("cadres.masked")}</p>}
          <table className="list responsive" aria-busy={list.isFetching} data-testid="cadre-table">
            <thead>
              <tr>
                <th scope="col">{t("cadre.name")}</th>
                <th scope="col">{t("cadres.positions")}</th>
                <th scope="col">{t("cadre.staffingType")}</th>
                <th scope="col">{t("cadre.idNumber")}</th>
                <th scope="col">{t("cadre.phone")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/cadres/${c.id}`}>{c.name}</Link> <span className="muted">{t(genderKey(c.gender))}</span>
                  </td>
                  <td data-label={t("cadres.positions")}>
                    {c.positions
                      .filter((p) => !p.endedOn)
                      .map((p) => `${p.organisation.name} ${t(postKey(p.post))}`)
                      .join("；") || "—"}
                  </td>
                  <td data-label={t("cadre.staffingType")}>{t(staffingKey(c.staffingType))}</td>
                  <td data-label={t("cadre.idNumber")} data-testid="cadre-id">{c.idNumber ?? "—"}</td>
                  <td data-label={t("cadre.phone")} data-testid="cadre-phone">{c.phone ?? "—"}</td>
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
