"use client";

import { useMutation } from "@tanstack/react-query";
import { GENDERS } from "@/lib/schemas/common";
import { MEMBER_CATEGORIES, PIPELINE_STEPS, ZCreateMemberInput, ZUpdateMemberInput } from "@/features/members/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { CheckField, SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell, useSaved, type TRecordFormProps } from "@/components/ui/form-shell";
import type { TConflictField } from "@/components/ui/conflict";
import { pick } from "@/components/ui/use-url-filters";
import { categoryKey } from "@/features/people/ui/labels";
import { MASKED_FIELDS, PersonFields, personConflictFields, personalInput, type TMasked } from "@/features/people/ui/personal-fields";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";

export type TMemberValues = {
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  idNumber: string;
  phone: string;
  developmentNumber: string;
  joinedOn: string;
  category: (typeof MEMBER_CATEGORIES)[number];
  organisationId: string;
  archiveCertifiedOn: string;
  holdsPost: boolean;
} & Record<(typeof PIPELINE_STEPS)[number], string>;

export const EMPTY_MEMBER: TMemberValues = {
  name: "",
  gender: "FEMALE",
  birthDate: "",
  idNumber: "",
  phone: "",
  developmentNumber: "",
  joinedOn: "",
  category: "SOCIAL",
  organisationId: "",
  archiveCertifiedOn: "",
  holdsPost: false,
  partyAppliedOn: "",
  recommendedOn: "",
  activistOn: "",
  developmentTargetOn: "",
  admittedOn: "",
};

/**
 * A member's form. `masked` holds the masked ID number and phone when the viewer may not see them:
 * the fields then start empty, show the masked value as a hint, and are sent only when the user
 * types a new value, so a save never overwrites what they could not see. `orgLabel`: the name of
 * the organisation an edited member starts in.
 */
export function MemberForm(props: TRecordFormProps<TMemberValues> & { masked?: TMasked; orgLabel?: string }) {
  const t = useT();
  const trpc = useTRPC();
  const f = useSchemaForm(props.initial, props.edit?.version ?? null);
  const orgs = useOrgSource(props.countyCode);
  const saved = useSaved((id) => `/members/${id}`, props.onSaved);
  const create = useMutation(trpc.member.create.mutationOptions({ onSuccess: saved.created, onError: f.serverError }));
  const update = useMutation(trpc.member.update.mutationOptions({ onSuccess: saved.updated, onError: f.serverError }));
  const v = f.values;
  const e = f.errors;
  function onSubmit() {
    if (props.edit) {
      const parsed = f.validate(ZUpdateMemberInput, { ...v, ...personalInput(props.masked, v), id: props.edit.id, version: f.version ?? props.edit.version });
      if (parsed) update.mutate(parsed);
    } else {
      const parsed = f.validate(ZCreateMemberInput, v);
      if (parsed) create.mutate(parsed);
    }
  }
  /** An organisation by its id: the stored one's name, the one the form opened on, or the user's own pick. */
  const orgName = (id: string, stored: Record<string, unknown>) =>
    id === stored.organisationId ? ((stored.organisation as { name?: string } | undefined)?.name ?? id) : id === props.initial.organisationId ? (props.orgLabel ?? id) : t("conflict.yourChoice");
  const conflict: TConflictField<TMemberValues>[] = [
    ...personConflictFields<TMemberValues>(t),
    { key: "developmentNumber", label: t("member.developmentNumber") },
    { key: "joinedOn", label: t("member.joinedOn") },
    { key: "category", label: t("member.category"), show: (x) => (pick(MEMBER_CATEGORIES, x) ? t(categoryKey(pick(MEMBER_CATEGORIES, x)!)) : x) },
    { key: "organisationId", label: t("member.organisation"), show: orgName },
    { key: "archiveCertifiedOn", label: t("member.archiveCertifiedOn") },
    { key: "holdsPost", label: t("member.holdsPost") },
    ...PIPELINE_STEPS.map((step) => ({ key: step, label: t(`member.${step}`) })),
  ];
  return (
    <FormShell form={f} onSubmit={onSubmit} busy={create.isPending || update.isPending} onCancel={saved.cancel} conflict={props.edit && conflict} masked={props.masked && MASKED_FIELDS}>
      <PersonFields values={v} errors={e} masked={props.masked} set={f.set} />
      <div className="filters" style={{ marginBottom: 0 }}>
        <TextField label={t("member.developmentNumber")} inputMode="numeric" value={v.developmentNumber} onChange={(x) => f.set("developmentNumber", x)} error={e.developmentNumber} maxLength={12} />
        <TextField label={t("member.joinedOn")} type="date" value={v.joinedOn} onChange={(x) => f.set("joinedOn", x)} error={e.joinedOn} />
        <SelectField label={t("member.category")} value={v.category} options={MEMBER_CATEGORIES} labelKey={categoryKey} onChange={(x) => f.set("category", x || "SOCIAL")} error={e.category} />
      </div>
      <Picker label={t("member.organisation")} value={v.organisationId} valueLabel={props.orgLabel} source={orgs} onChange={(x) => f.set("organisationId", x)} error={e.organisationId} />
      <TextField label={t("member.archiveCertifiedOn")} type="date" value={v.archiveCertifiedOn} onChange={(x) => f.set("archiveCertifiedOn", x)} error={e.archiveCertifiedOn} hint={t("member.archiveCertifiedHint")} />
      <CheckField label={t("member.holdsPost")} checked={v.holdsPost} onChange={(x) => f.set("holdsPost", x)} />
      <fieldset className="card">
        <legend>{t("member.pipeline")}</legend>
        <div className="filters" style={{ marginBottom: 0 }}>
          {PIPELINE_STEPS.map((step) => (
            <TextField key={step} label={t(`member.${step}`)} type="date" value={v[step]} onChange={(x) => f.set(step, x)} error={e[step]} />
          ))}
        </div>
      </fieldset>
    </FormShell>
  );
}
