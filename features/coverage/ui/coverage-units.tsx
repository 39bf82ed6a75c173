"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { TPlainMessageKey, TTranslate } from "@/lib/i18n";
import { SCHOOL_KINDS, UNIT_KINDS } from "@/features/coverage/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { percent } from "@/features/indicators/ui/format";
import { Pager } from "@/components/ui/pager";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { pick, useUrlFilters } from "@/components/ui/use-url-filters";
import { KINDS, type TRow, type TUnitKind } from "./unit-kinds";
import { UnitForm } from "./unit-form";

export type { TUnitKind };

const PAGE = 50;
const IMPORT_ROSTER = { school: "schools", unit: "units", youthHome: "youthHomes" } as const;

type TColumn = { label: TPlainMessageKey; cell: (r: TRow, t: TTranslate) => string | number };
/** An enumerated value's label; "—" when the row carries none of the kind's values. */
const label = <T extends string>(v: T | undefined, text: (v: T) => string) => (v ? text(v) : "—");
const yesNo = (v: boolean | undefined, t: TTranslate) => (v ? t("common.yes") : t("common.no"));
/** The columns every kind shows (the name cell, first, carries its own tag), then each kind's own. */
const COMMON_COLUMNS: TColumn[] = [
  { label: "coverage.name", cell: (r) => r.name },
  { label: "coverage.place", cell: (r) => r.region.name },
  { label: "coverage.org", cell: (r, t) => r.organisation?.name ?? t("common.none") },
];
const KIND_COLUMNS: Record<TUnitKind, TColumn[]> = {
  school: [
    { label: "coverage.kind", cell: (r, t) => label(pick(SCHOOL_KINDS, r.kind ?? null), (k) => t(`schoolKind.${k}`)) },
    { label: "coverage.hasLeagueSchool", cell: (r, t) => yesNo(r.hasLeagueSchool, t) },
    { label: "coverage.level", cell: (r, t) => label(r.leagueSchoolLevel, (k) => t(`level.demo.${k}`)) },
  ],
  unit: [
    { label: "coverage.kind", cell: (r, t) => label(pick(UNIT_KINDS, r.kind ?? null), (k) => t(`unitKind.${k}`)) },
    { label: "coverage.memberCount", cell: (r) => r.memberCount ?? 0 },
    { label: "coverage.youngStaffCount", cell: (r) => r.youngStaffCount ?? 0 },
    { label: "coverage.eligible", cell: (r, t) => yesNo(r.eligible, t) },
  ],
  youthHome: [
    { label: "coverage.address", cell: (r) => r.address || "—" },
    { label: "coverage.openedOn", cell: (r) => r.openedOn ?? "—" },
    { label: "coverage.entityRun", cell: (r, t) => yesNo(r.entityRun, t) },
  ],
};

/**
 * The county's coverage units — schools, enterprises and social organisations, Youth Homes — with
 * the coverage they add up to (C2, C3, C5), each linked to its league organisation.
 */
export function CoverageUnits({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const kind = (KINDS.find((k) => k.kind === filters.params.get("kind"))?.kind ?? "school") as TUnitKind;
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState<TRow | "new" | null>(null);
  const summary = useQuery(trpc.coverage.summary.queryOptions({ countyCode }));
  const list = useQuery(trpc.coverage.list.queryOptions({ countyCode, kind }));
  const rows = ((list.data ?? []) as unknown as TRow[]).filter((r) => !q.trim() || r.name.includes(q.trim()) || r.region.name.includes(q.trim()));
  const columns = [...COMMON_COLUMNS, ...KIND_COLUMNS[kind]];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const page = Math.min(filters.page, pages);
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
          <button key={k.kind} type="button" aria-pressed={kind === k.kind} onClick={() => (setEditing(null), filters.set({ kind: k.kind }))}>
            {t(k.label)}
          </button>
        ))}
      </nav>
      <div className="spread">
        <div className="field" style={{ minWidth: 220 }}>
          <label htmlFor="unit-q">{t("common.search")}</label>
          <input id="unit-q" type="search" value={q} onChange={(e) => (setQ(e.target.value), filters.set({ page: undefined }))} />
        </div>
        {canEdit && (
          <div className="row">
            <button type="button" onClick={() => setEditing("new")}>
              {t("coverage.add")}
            </button>
            <Link className="button" href={`/county/${countyCode}/coverage/import?roster=${IMPORT_ROSTER[kind]}`}>
              {t("coverage.import")}
            </Link>
          </div>
        )}
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{t("coverage.empty")}</Empty>
      ) : (
        <>
          <table className="list responsive" data-testid="units-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col">
                    {t(c.label)}
                  </th>
                ))}
                {canEdit && (
                  <th scope="col">
                    <span className="sr-only">{t("common.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.slice((page - 1) * PAGE, page * PAGE).map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.name} {r.synthetic && <span className="tag">{t("common.synthetic")}</span>}
                  </td>
                  {columns.slice(1).map((c) => (
                    <td key={c.label} data-label={t(c.label)}>
                      {c.cell(r, t)}
                    </td>
                  ))}
                  {canEdit && (
                    <td>
                      <button type="button" onClick={() => setEditing(r)} aria-label={`${t("coverage.edit")} ${r.name}`}>
                        {t("coverage.edit")}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={rows.length} onPage={(p) => filters.set({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
