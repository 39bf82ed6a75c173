"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { UNIT_SORTS } from "@/features/coverage/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { percent } from "@/features/indicators/ui/format";
import { DataList, useListSort, type TListColumn } from "@/components/ui/data-list";
import { ErrorState, Loading } from "@/components/ui/states";
import { useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { ExportLinks } from "@/features/imports/ui/export-link";
import { COMMON_COLUMNS, KIND_COLUMNS, KINDS, type TRow, type TUnitKind } from "@/features/coverage/unit-kinds";
import { UnitForm } from "./unit-form";

export type { TUnitKind };

const IMPORT_ROSTER = { school: "schools", unit: "units", youthHome: "youthHomes" } as const;

/**
 * The county's coverage units — schools, enterprises and social organisations, Youth Homes — with
 * the coverage they add up to (C2, C3, C5), each linked to its league organisation.
 */
export function CoverageUnits({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const kind: TUnitKind = KINDS.find((k) => k.kind === filters.params.get("kind"))?.kind ?? "school";
  const [q, setQ] = useDebouncedSearch(filters);
  const [editing, setEditing] = useState<TRow | "new" | null>(null);
  const summary = useQuery(trpc.coverage.summary.queryOptions({ countyCode }));
  const input = { countyCode, kind, page: filters.page, q: filters.params.get("q") ?? "", ...useListSort(filters, UNIT_SORTS) };
  const list = useQuery({ ...trpc.coverage.list.queryOptions(input), placeholderData: keepPreviousData });
  const sortable: readonly string[] = UNIT_SORTS;
  const columns: TListColumn<TRow>[] = [...COMMON_COLUMNS, ...KIND_COLUMNS[kind]].map((c, k) => ({
    id: c.id,
    header: t(c.label),
    sortable: sortable.includes(c.id),
    cell:
      k === 0
        ? (r: TRow) => (
            <>
              {r.name} {r.synthetic && <span className="tag">{t("common.synthetic")}</span>}
            </>
          )
        : (r: TRow) => c.cell(r, t),
  }));
  if (canEdit) {
    columns.push({
      id: "actions",
      header: t("common.actions"),
      cell: (r) => (
        <button type="button" onClick={() => setEditing(r)} aria-label={`${t("coverage.edit")} ${r.name}`}>
          {t("coverage.edit")}
        </button>
      ),
    });
  }
  return (
    <section>
      <h1>{t("coverage.title", { name: summary.data?.county.name ?? "" })}</h1>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <div className="cards" data-testid="coverage-summary">
          {(["c2", "c3", "c5"] as const).map((k) => (
            <section key={k} className="card kpi" data-testid={`coverage-${k}`}>
              <div className="muted">{t(`coverage.${k}`)}</div>
              <div className="value">{percent(summary.data[k].value)}</div>
              <div className="parts">
                {summary.data[k].numerator} / {summary.data[k].denominator}
              </div>
              <p className="muted" style={{ fontSize: "0.8rem", marginBottom: 0 }}>
                {t(`coverage.${k}Def`, { members: summary.data.thresholds.members, young: summary.data.thresholds.youngStaff })}
              </p>
            </section>
          ))}
        </div>
      )}
      <nav className="row" style={{ margin: "16px 0 8px" }} aria-label={t("nav.coverage")}>
        {KINDS.map((k) => (
          <button key={k.kind} type="button" aria-pressed={kind === k.kind} onClick={() => (setEditing(null), filters.set({ kind: k.kind, sort: undefined, dir: undefined }))}>
            {t(k.label)}
          </button>
        ))}
      </nav>
      <div className="spread">
        <div className="field" style={{ minWidth: 220 }}>
          <label htmlFor="unit-q">{t("common.search")}</label>
          <input id="unit-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="row">
          <ExportLinks roster={IMPORT_ROSTER[kind]} countyCode={countyCode} />
          {canEdit && (
            <>
            <button type="button" onClick={() => setEditing("new")}>
              {t("coverage.add")}
            </button>
            <Link className="button" href={`/county/${countyCode}/coverage/import?roster=${IMPORT_ROSTER[kind]}`}>
              {t("coverage.import")}
              </Link>
            </>
          )}
        </div>
      </div>
      {editing && (
        <UnitForm
          key={editing === "new" ? `new-${kind}` : `${editing.id}-${editing.version}`}
          kind={kind}
          countyCode={countyCode}
          row={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <DataList list={list} filters={filters} sort={input} caption={t(KINDS.find((k) => k.kind === kind)!.label)} testId="units-table" empty={t("coverage.empty")} columns={columns} />
    </section>
  );
}
