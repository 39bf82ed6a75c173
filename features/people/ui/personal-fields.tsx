"use client";

import { useT } from "@/components/i18n-provider";
import type { TConflictField } from "@/components/ui/conflict";
import { SelectField, TextField } from "@/components/ui/form";
import { GENDERS } from "@/lib/schemas/common";
import type { TTranslate } from "@/lib/i18n";
import { genderKey } from "./labels";

type TPerson = { name: string; gender: (typeof GENDERS)[number]; birthDate: string; idNumber: string; phone: string };
/** The ID number and phone as a viewer who may not see them gets them: masked, or absent. */
export type TMasked = { idNumber: string | null; phone: string | null };

/** ID number and phone: plain fields, or, for a viewer who sees them masked, fields that keep the stored value unless typed into. */
export function PersonalFields(props: { values: { idNumber: string; phone: string }; errors: Record<string, string>; masked?: TMasked; set: (key: "idNumber" | "phone", value: string) => void }) {
  const t = useT();
  const m = props.masked;
  const hint = (v: string | null | undefined) => (m ? (v ? t("person.maskedKeep", { masked: v }) : t("person.maskedEmpty")) : undefined);
  return (
    <>
      <TextField label={t("cadre.idNumber")} value={props.values.idNumber} onChange={(x) => props.set("idNumber", x)} error={props.errors.idNumber} maxLength={18} placeholder={m?.idNumber ?? undefined} hint={hint(m?.idNumber)} />
      <TextField label={t("cadre.phone")} type="tel" inputMode="tel" value={props.values.phone} onChange={(x) => props.set("phone", x)} error={props.errors.phone} maxLength={20} placeholder={m?.phone ?? undefined} hint={hint(m?.phone)} />
    </>
  );
}

/** What every person's form starts with, cadre or member: name, gender, birth date, ID number and phone. */
export function PersonFields<V extends TPerson>(props: { values: V; errors: Record<string, string>; masked?: TMasked; set: <K extends keyof TPerson>(key: K, value: V[K]) => void }) {
  const t = useT();
  const { values: v, errors: e } = props;
  return (
    <>
      <TextField label={t("cadre.name")} value={v.name} onChange={(x) => props.set("name", x)} error={e.name} maxLength={30} />
      <div className="filters" style={{ marginBottom: 0 }}>
        <SelectField label={t("cadre.gender")} value={v.gender} options={GENDERS} labelKey={genderKey} onChange={(x) => props.set("gender", x || "FEMALE")} error={e.gender} />
        <TextField label={t("cadre.birthDate")} type="date" value={v.birthDate} onChange={(x) => props.set("birthDate", x)} error={e.birthDate} />
      </div>
      <PersonalFields values={v} errors={e} masked={props.masked} set={(k, x) => props.set(k, x)} />
    </>
  );
}

/**
 * The ID number and phone an edit sends: for a viewer who sees them masked, only what was typed
 * anew (absent otherwise), so a save never overwrites what the viewer could not see.
 */
export const personalInput = (masked: TMasked | undefined, v: { idNumber: string; phone: string }) => (masked ? { idNumber: v.idNumber || undefined, phone: v.phone || undefined } : {});

/** The person's fields a version conflict compares; masked ones are skipped by the form. */
export const personConflictFields = <V extends TPerson>(t: TTranslate): TConflictField<V>[] => [
  { key: "name", label: t("cadre.name") },
  { key: "gender", label: t("cadre.gender"), show: (g: string) => (g === "MALE" || g === "FEMALE" ? t(genderKey(g)) : g) },
  { key: "birthDate", label: t("cadre.birthDate") },
  { key: "idNumber", label: t("cadre.idNumber") },
  { key: "phone", label: t("cadre.phone") },
];

export const MASKED_FIELDS = ["idNumber", "phone"] as const;

type TStoredPerson = { name: string; gender: (typeof GENDERS)[number]; birthDate: string; idNumber: string | null; phone: string | null; personalMasked: boolean };

/**
 * A stored person as their edit form starts: what the viewer sees masked starts empty and is
 * offered as `masked` (the form's hint), so the form never holds a masked value to send back.
 */
export function personForm(p: TStoredPerson & { id: string; version: number }) {
  return {
    /** The edit form's own props: the record and version it edits, and what is masked. */
    props: { edit: { id: p.id, version: p.version }, masked: p.personalMasked ? { idNumber: p.idNumber, phone: p.phone } : undefined },
    person: { name: p.name, gender: p.gender, birthDate: p.birthDate, idNumber: p.personalMasked ? "" : (p.idNumber ?? ""), phone: p.personalMasked ? "" : (p.phone ?? "") },
  };
}

/** The person's facts for a reader who may not edit: gender, birth date, and ID number and phone as the server sent them. */
export function PersonFacts({ person: p, testId = "person", children }: { person: TStoredPerson; testId?: string; children?: React.ReactNode }) {
  const t = useT();
  return (
    <dl className="facts card">
      <dt>{t("cadre.gender")}</dt>
      <dd>{t(genderKey(p.gender))}</dd>
      <dt>{t("cadre.birthDate")}</dt>
      <dd>{p.birthDate}</dd>
      <dt>{t("cadre.idNumber")}</dt>
      <dd data-testid={`${testId}-id`}>{p.idNumber ?? "—"}</dd>
      <dt>{t("cadre.phone")}</dt>
      <dd data-testid={`${testId}-phone`}>{p.phone ?? "—"}</dd>
      {children}
    </dl>
  );
}
