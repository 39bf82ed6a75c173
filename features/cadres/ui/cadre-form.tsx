"use client";

import { useMutation } from "@tanstack/react-query";
import { CADRE_SOURCES, EDUCATIONS, POSTS, STAFFING_TYPES, ZCreateCadreInput, ZUpdateCadreInput } from "@/features/cadres/schema";
import { GENDERS } from "@/lib/schemas/common";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { CheckField, SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell, useSaved, type TRecordFormProps } from "@/components/ui/form-shell";
import type { TConflictField } from "@/components/ui/conflict";
import { pick } from "@/components/ui/use-url-filters";
import type { TPlainMessageKey } from "@/lib/i18n";
import { educationKey, postKey, sourceKey, staffingKey } from "@/features/people/ui/labels";
import { todayInBeijing } from "@/lib/time";
import { MASKED_FIELDS, PersonFields, personConflictFields, personalInput, type TMasked } from "@/features/people/ui/personal-fields";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";

export type TCadreValues = {
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  idNumber: string;
  phone: string;
  education: (typeof EDUCATIONS)[number];
  staffingType: (typeof STAFFING_TYPES)[number];
  source: (typeof CADRE_SOURCES)[number];
  inVillageCommittees: boolean;
  organisationId: string;
  post: (typeof POSTS)[number];
  startedOn: string;
};

export const EMPTY_CADRE: TCadreValues = {
  name: "",
  gender: "FEMALE",
  birthDate: "",
  idNumber: "",
  phone: "",
  education: "BACHELOR",
  staffingType: "PART_TIME",
  source: "VILLAGE_COMMITTEES",
  inVillageCommittees: false,
  organisationId: "",
  post: "SECRETARY",
  startedOn: todayInBeijing(),
};

/**
 * Creates a cadre with a first post, or edits one (`edit`), with the procedure's own schema;
 * `masked`: the ID number and phone the viewer sees masked, kept unless typed anew.
 */
export function CadreForm(props: TRecordFormProps<TCadreValues> & { masked?: TMasked }) {
  const t = useT();
  const trpc = useTRPC();
  const f = useSchemaForm(props.initial, props.edit?.version ?? null);
  const orgs = useOrgSource(props.countyCode);
  const saved = useSaved((id) => `/cadres/${id}`, props.onSaved);
  const create = useMutation(trpc.cadre.create.mutationOptions({ onSuccess: saved.created, onError: f.serverError }));
  const update = useMutation(trpc.cadre.update.mutationOptions({ onSuccess: saved.updated, onError: f.serverError }));
  const v = f.values;
  const e = f.errors;
  function onSubmit() {
    const { organisationId, post, startedOn, ...fields } = v;
    if (props.edit) {
      const parsed = f.validate(ZUpdateCadreInput, { ...fields, ...personalInput(props.masked, fields), id: props.edit.id, version: f.version ?? props.edit.version });
      if (parsed) update.mutate(parsed);
    } else {
      const parsed = f.validate(ZCreateCadreInput, { ...fields, position: { organisationId, post, startedOn } });
      if (parsed) create.mutate(parsed);
    }
  }
  const conflict: TConflictField<TCadreValues>[] = [
    ...personConflictFields<TCadreValues>(t),
    { key: "education", label: t("cadre.education"), show: (x) => label(EDUCATIONS, educationKey, x) },
    { key: "staffingType", label: t("cadre.staffingType"), show: (x) => label(STAFFING_TYPES, staffingKey, x) },
    { key: "source", label: t("cadre.source"), show: (x) => label(CADRE_SOURCES, sourceKey, x) },
    { key: "inVillageCommittees", label: t("cadre.inVillageCommittees") },
  ];
  const label = <T extends string>(values: readonly T[], key: (v: T) => TPlainMessageKey, x: string) => {
    const known = pick(values, x);
    return known ? t(key(known)) : x;
  };
  return (
    <FormShell form={f} onSubmit={onSubmit} busy={create.isPending || update.isPending} onCancel={saved.cancel} conflict={props.edit && conflict} masked={props.masked && MASKED_FIELDS}>
      <PersonFields values={v} errors={e} masked={props.masked} set={f.set} />
      <div className="filters" style={{ marginBottom: 0 }}>
        <SelectField label={t("cadre.education")} value={v.education} options={EDUCATIONS} labelKey={educationKey} onChange={(x) => f.set("education", x || "BACHELOR")} error={e.education} />
        <SelectField label={t("cadre.staffingType")} value={v.staffingType} options={STAFFING_TYPES} labelKey={staffingKey} onChange={(x) => f.set("staffingType", x || "PART_TIME")} error={e.staffingType} />
        <SelectField label={t("cadre.source")} value={v.source} options={CADRE_SOURCES} labelKey={sourceKey} onChange={(x) => f.set("source", x || "OTHER")} error={e.source} />
      </div>
      <CheckField label={t("cadre.inVillageCommittees")} checked={v.inVillageCommittees} onChange={(x) => f.set("inVillageCommittees", x)} />
      {!props.edit && (
        <fieldset className="card">
          <legend>{t("cadres.positions")}</legend>
          <Picker label={t("cadre.organisation")} value={v.organisationId} source={orgs} onChange={(x) => f.set("organisationId", x)} error={e["position.organisationId"] ?? e.organisationId} />
          <div className="filters" style={{ marginBottom: 0 }}>
            <SelectField label={t("cadre.post")} value={v.post} options={POSTS} labelKey={postKey} onChange={(x) => f.set("post", x || "SECRETARY")} error={e["position.post"]} />
            <TextField label={t("cadre.startedOn")} type="date" value={v.startedOn} onChange={(x) => f.set("startedOn", x)} error={e["position.startedOn"]} />
          </div>
        </fieldset>
      )}
    </FormShell>
  );
}
