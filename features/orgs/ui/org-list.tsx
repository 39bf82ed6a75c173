"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ORG_DOMAINS, ORG_STATUSES, ORG_TYPES, type TListOrgsInput } from "@/features/orgs/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { ExportLink } from "@/features/imports/ui/export-link";
import { Pager } from "@/components/ui/pager";
import { Picker } from "@/components/ui/picker";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { domainKey, statusKey, typeKey } from "./labels";

/** The roster: filters and page live in the URL, so a view can be shared and survives reload. */
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
    q: params.get("q") ?? "",
    type: pick(ORG_TYPES, params.get("type")),
    domain: pick(ORG_DOMAINS, params.get("domain")),
    status: pick(ORG_STATUSES, params.get("status")),
    townshipId: params.get("township") || undefined,
  };

  const list = useQuery({ ...trpc.org.list.queryOptions(input), placeholderData: keepPreviousData });
  const townships = useQuery(trpc.region.townships.queryOptions({ countyCode }));

  return (
    <>
      <div className="spread">
        <h1>{t("orgs.title", { name: list.data?.county.name ?? "" })}</h1>
        <div className="row">
          <ExportLink roster="orgs" countyCode={countyCode} />
          {canEdit && (
            <Link className="button" href={`/county/${countyCode}/orgs/import`}>
              {t("members.import")}
            </Link>
          )}
          {canEdit ? (
            <Link className="button primary" href={`/county/${countyCode}/orgs/new`}>
              {t("orgs.new")}
            </Link>
          ) : (
            <span className="muted">{t("orgs.readOnly")}</span>
          )}
        </div>
      </div>
      <div className="filters" role="search">
        <div>
          <label htmlFor="f-q">{t("orgs.searchName")}</label>
          <input id="f-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t("orgs.empty")}</Empty>
      ) : (
        <>
          <table className="list responsive" aria-busy={list.isFetching}>
            <thead>
              <tr>
                <th scope="col">{t("orgs.col.name")}</th>
                <th scope="col">{t("orgs.col.type")}</th>
                <th scope="col">{t("orgs.col.domain")}</th>
                <th scope="col">{t("orgs.col.region")}</th>
                <th scope="col">{t("orgs.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/orgs/${o.id}`}>{o.name}</Link>
                  </td>
                  <td data-label={t("orgs.col.type")}>{t(typeKey(o.type))}</td>
                  <td data-label={t("orgs.col.domain")}>{t(domainKey(o.domain))}</td>
                  <td data-label={t("orgs.col.region")}>{o.region.name}</td>
                  <td data-label={t("orgs.col.status")} className={`status-${o.status}`}>
                    {t(statusKey(o.status))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={(p) => setParam({ page: String(p) })} />
        </>
      )}
    </>
  );
}

function FilterSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  onChange: (v: string | undefined) => void;
}) {
  const t = useT();
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{t("common.all")}</option>
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
