"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { TPlainMessageKey, TTranslate } from "@/lib/i18n";
import type { DemonstrationLevel, SchoolKind, UnitKind } from "@/server/generated/prisma/enums";
import { DEMO_LEVELS, SCHOOL_KINDS, UNIT_KINDS, UNIT_NUMBER_FIELDS, ZSchoolInput, ZUnitInput, ZYouthHomeInput } from "@/features/coverage/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { percent } from "@/features/indicators/ui/format";
import { Pager } from "@/components/ui/pager";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { CheckField, FormAlert, SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { pick, useUrlFilters } from "@/components/ui/use-url-filters";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";
import { usePlaceSource } from "@/features/regions/ui/place-source";

export type TUnitKind = "school" | "unit" | "youthHome";
const KINDS: { kind: TUnitKind; label: TPlainMessageKey }[] = [
  { kind: "school", label: "coverage.schools" },
  { kind: "unit", label: "coverage.units" },
  { kind: "youthHome", label: "coverage.youthHomes" },
];
const PAGE = 50;
const IMPORT_ROSTER = { school: "schools", unit: "units", youthHome: "youthHomes" } as const;

type TRow = {
  id: string;
  name: string;
  regionId: string;
  organisationId: string | null;
  version: number;
  synthetic: boolean;
  region: { name: string };
  organisation: { name: string } | null;
  kind?: SchoolKind | UnitKind;
  hasLeagueSchool?: boolean;
  leagueSchoolLevel?: DemonstrationLevel;
  memberCount?: number;
  youngStaffCount?: number;
  eligible?: boolean;
  address?: string;
  openedOn?: string | null;
  entityRun?: boolean;
};

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

type TValues = {
  name: string;
  regionId: string;
  organisationId: string;
  kind: string;
  hasLeagueSchool: boolean;
  leagueSchoolLevel: string;
  memberCount: string;
  youngStaffCount: string;
  address: string;
  openedOn: string;
  entityRun: boolean;
};

/** Adds or edits one coverage unit; checked by the same schema as the procedure. */
function UnitForm({ kind, countyCode, row, onDone }: { kind: TUnitKind; countyCode: string; row: TRow | null; onDone: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const places = usePlaceSource(countyCode, kind === "youthHome" ? ["TOWNSHIP"] : ["TOWNSHIP", "VILLAGE", "COMMUNITY"]);
  const orgs = useOrgSource(countyCode);
  const history = useQuery({ ...trpc.coverage.history.queryOptions({ kind, id: row?.id ?? "" }), enabled: Boolean(row) });
  const form = useSchemaForm<TValues>({
    name: row?.name ?? "",
    regionId: row?.regionId ?? "",
    organisationId: row?.organisationId ?? "",
    kind: row?.kind ?? (kind === "school" ? "MIDDLE" : "NON_PUBLIC_ENTERPRISE"),
    hasLeagueSchool: row?.hasLeagueSchool ?? false,
    leagueSchoolLevel: row?.leagueSchoolLevel ?? "NONE",
    memberCount: String(row?.memberCount ?? 0),
    youngStaffCount: String(row?.youngStaffCount ?? 0),
    address: row?.address ?? "",
    openedOn: row?.openedOn ?? "",
    entityRun: row?.entityRun ?? false,
  });
  const done = {
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: trpc.coverage.pathKey() });
      await qc.invalidateQueries({ queryKey: trpc.dashboard.pathKey() });
      onDone();
    },
    onError: form.serverError,
  };
  const saveSchool = useMutation(trpc.coverage.saveSchool.mutationOptions(done));
  const saveUnit = useMutation(trpc.coverage.saveUnit.mutationOptions(done));
  const saveHome = useMutation(trpc.coverage.saveYouthHome.mutationOptions(done));
  const pending = saveSchool.isPending || saveUnit.isPending || saveHome.isPending;
  const v = form.values;
  const e = form.errors;
  const base = { id: row?.id ?? null, version: row?.version ?? null, name: v.name, regionId: v.regionId, organisationId: v.organisationId };
  const submit = () => {
    if (kind === "school") {
      const input = form.validate(ZSchoolInput, { ...base, kind: v.kind, hasLeagueSchool: v.hasLeagueSchool, leagueSchoolLevel: v.leagueSchoolLevel });
      if (input) saveSchool.mutate(input);
    } else if (kind === "unit") {
      const input = form.validate(ZUnitInput, { ...base, kind: v.kind, memberCount: v.memberCount, youngStaffCount: v.youngStaffCount }, UNIT_NUMBER_FIELDS);
      if (input) saveUnit.mutate(input);
    } else {
      const input = form.validate(ZYouthHomeInput, { ...base, address: v.address, openedOn: v.openedOn, entityRun: v.entityRun });
      if (input) saveHome.mutate(input);
    }
  };
  return (
    <form
      className="card"
      style={{ display: "grid", gap: 12, margin: "12px 0" }}
      data-testid="unit-form"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        submit();
      }}
    >
      <h2 style={{ margin: 0 }}>{row ? `${t("coverage.edit")} · ${row.name}` : `${t("coverage.add")} · ${t(KINDS.find((k) => k.kind === kind)!.label)}`}</h2>
      <FormAlert message={e.form} />
      <TextField label={t("coverage.name")} value={v.name} onChange={(x) => form.set("name", x)} error={e.name} maxLength={80} />
      <Picker label={t("coverage.place")} value={v.regionId} valueLabel={row?.region.name} source={places} onChange={(x) => form.set("regionId", x)} error={e.regionId} />
      <Picker label={t("coverage.org")} optional value={v.organisationId} valueLabel={row?.organisation?.name} source={orgs} onChange={(x) => form.set("organisationId", x)} error={e.organisationId} />
      {kind === "school" && (
        <>
          <SelectField label={t("coverage.kind")} value={pick(SCHOOL_KINDS, v.kind) ?? ""} options={SCHOOL_KINDS} labelKey={(k) => `schoolKind.${k}`} onChange={(x) => form.set("kind", x)} error={e.kind} />
          <CheckField label={t("coverage.hasLeagueSchool")} checked={v.hasLeagueSchool} onChange={(x) => form.set("hasLeagueSchool", x)} />
          <SelectField label={t("coverage.level")} value={pick(DEMO_LEVELS, v.leagueSchoolLevel) ?? ""} options={DEMO_LEVELS} labelKey={(k) => `level.demo.${k}`} onChange={(x) => form.set("leagueSchoolLevel", x)} error={e.leagueSchoolLevel} />
        </>
      )}
      {kind === "unit" && (
        <>
          <SelectField label={t("coverage.kind")} value={pick(UNIT_KINDS, v.kind) ?? ""} options={UNIT_KINDS} labelKey={(k) => `unitKind.${k}`} onChange={(x) => form.set("kind", x)} error={e.kind} />
          <TextField label={t("coverage.memberCount")} value={v.memberCount} onChange={(x) => form.set("memberCount", x)} error={e.memberCount} inputMode="numeric" />
          <TextField label={t("coverage.youngStaffCount")} value={v.youngStaffCount} onChange={(x) => form.set("youngStaffCount", x)} error={e.youngStaffCount} inputMode="numeric" />
        </>
      )}
      {kind === "youthHome" && (
        <>
          <TextField label={t("coverage.address")} value={v.address} onChange={(x) => form.set("address", x)} error={e.address} maxLength={120} />
          <TextField label={t("coverage.openedOn")} type="date" value={v.openedOn} onChange={(x) => form.set("openedOn", x)} error={e.openedOn} />
          <CheckField label={t("coverage.entityRun")} checked={v.entityRun} onChange={(x) => form.set("entityRun", x)} />
        </>
      )}
      <div className="row">
        <button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
      {row && history.data && <RecordHistory history={history.data} />}
    </form>
  );
}
