"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DEMO_LEVELS, SCHOOL_KINDS, UNIT_KINDS, UNIT_NUMBER_FIELDS, ZSchoolInput, ZUnitInput, ZYouthHomeInput } from "@/features/coverage/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { CheckField, SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import type { TConflictField } from "@/components/ui/conflict";
import { isPlainMessageKey } from "@/lib/i18n";
import { pick } from "@/components/ui/use-url-filters";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";
import { usePlaceSource } from "@/features/regions/ui/place-source";
import { KINDS, type TRow, type TUnitKind } from "@/features/coverage/unit-kinds";

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
export function UnitForm({ kind, countyCode, row, onDone }: { kind: TUnitKind; countyCode: string; row: TRow | null; onDone: () => void }) {
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
  }, row?.version ?? null);
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
  const base = { id: row?.id ?? null, version: row ? (form.version ?? row.version) : null, name: v.name, regionId: v.regionId, organisationId: v.organisationId };
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
  const shown = (prefix: "schoolKind" | "unitKind" | "level.demo") => (x: string) => {
    const key = `${prefix}.${x}`;
    return isPlainMessageKey(key) ? t(key) : x;
  };
  /** A place or organisation by id: the stored one's name, the one the form opened on, or the user's own pick. */
  const named = (idKey: "regionId" | "organisationId", objKey: "region" | "organisation") => (x: string, stored: Record<string, unknown>) =>
    x === stored[idKey] ? ((stored[objKey] as { name?: string } | null)?.name ?? x) : x === row?.[idKey] ? (row[objKey]?.name ?? x) : t("conflict.yourChoice");
  const conflict: TConflictField<TValues>[] = [
    { key: "name", label: t("coverage.name") },
    { key: "regionId", label: t("coverage.place"), show: named("regionId", "region") },
    { key: "organisationId", label: t("coverage.org"), show: named("organisationId", "organisation") },
    { key: "kind", label: t("coverage.kind"), show: shown(kind === "school" ? "schoolKind" : "unitKind") },
    { key: "hasLeagueSchool", label: t("coverage.hasLeagueSchool") },
    { key: "leagueSchoolLevel", label: t("coverage.level"), show: shown("level.demo") },
    { key: "memberCount", label: t("coverage.memberCount") },
    { key: "youngStaffCount", label: t("coverage.youngStaffCount") },
    { key: "address", label: t("coverage.address") },
    { key: "openedOn", label: t("coverage.openedOn") },
    { key: "entityRun", label: t("coverage.entityRun") },
  ];
  return (
    <div className="card" style={{ margin: "12px 0" }} data-testid="unit-form">
      <FormShell form={form} onSubmit={submit} busy={pending} onCancel={onDone} conflict={row ? conflict : undefined} className="stack">
        <h2 style={{ margin: 0 }}>{row ? `${t("coverage.edit")} · ${row.name}` : `${t("coverage.add")} · ${t(KINDS.find((k) => k.kind === kind)!.label)}`}</h2>
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
      </FormShell>
      {row && history.data && <RecordHistory history={history.data} />}
    </div>
  );
}
