"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TPlainMessageKey } from "@/lib/i18n";
import {
  ORG_DOMAINS,
  ORG_TYPES,
  SETUP_MODES,
  ZCreateOrgInput,
  ZUpdateOrgInput,
  type TCreateOrgInput,
} from "@/features/orgs/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import type { TConflictField } from "@/components/ui/conflict";
import { pick } from "@/components/ui/use-url-filters";
import { Picker } from "@/components/ui/picker";
import { usePlaceSource, type TPlaceOption } from "@/features/regions/ui/place-source";
import { domainKey, setupKey, typeKey } from "./labels";
import { useOrgSource } from "./org-sources";

type TValues = Omit<TCreateOrgInput, "quota"> & { quota: string };

export const EMPTY_ORG: TValues = {
  name: "",
  type: "BRANCH",
  domain: "RURAL",
  setupMode: "PARTY_LED",
  regionId: "",
  parentId: null,
  foundedOn: null,
  termStartedOn: null,
  note: "",
  quota: "",
};

/**
 * Create or edit an organisation. The same zod schema checks the input here and in the
 * procedure; whatever the server refuses is shown beside its field and the input is kept.
 */
export function OrgForm(props: {
  countyCode: string;
  initial: TValues;
  edit?: { id: string; version: number };
  /** The names of the place and parent an edited organisation starts with. */
  labels?: { region: string; parent: string | null };
  onSaved?: (version: number) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const f = useSchemaForm<TValues>(props.initial, props.edit?.version ?? null);
  const { values, setValues, errors, set } = f;
  const [parentLabel, setParentLabel] = useState(props.labels?.parent ?? null);
  const places = usePlaceSource(props.countyCode, undefined, true);
  const parents = useOrgSource(props.countyCode, "pickParents");

  const create = useMutation(
    trpc.org.create.mutationOptions({
      onSuccess: async (org) => {
        await queryClient.invalidateQueries();
        router.push(`/orgs/${org.id}?created=1`);
      },
      onError: f.serverError,
    }),
  );
  const update = useMutation(
    trpc.org.update.mutationOptions({
      onSuccess: async (org) => {
        await queryClient.invalidateQueries();
        props.onSaved?.(org.version);
      },
      onError: f.serverError,
    }),
  );

  /**
   * A new branch in a village or community takes its domain and a name from the place, and the
   * township's committee as its parent, unless the user has already chosen them.
   */
  async function chooseRegion(id: string, place: TPlaceOption | null) {
    set("regionId", id);
    if (props.edit || !place || (place.level !== "VILLAGE" && place.level !== "COMMUNITY")) return;
    setValues((v) => ({ ...v, domain: place.level === "COMMUNITY" ? "COMMUNITY" : "RURAL", name: v.name.trim() ? v.name : `${place.label}团支部` }));
    if (values.parentId || !place.township) return;
    const township = place.township;
    const found = await queryClient.fetchQuery(trpc.org.pickParents.queryOptions({ countyCode: props.countyCode, q: township })).catch(() => null);
    const parent = found?.items.find((o) => o.label.includes(township));
    if (!parent) return;
    setValues((v) => (v.parentId ? v : { ...v, parentId: parent.value }));
    setParentLabel((l) => l ?? parent.label);
  }

  function onSubmit() {
    if (props.edit) {
      const parsed = f.validate(ZUpdateOrgInput, { ...values, id: props.edit.id, version: f.version ?? props.edit.version }, ["quota"]);
      if (parsed) update.mutate(parsed);
    } else {
      const parsed = f.validate(ZCreateOrgInput, values, ["quota"]);
      if (parsed) create.mutate(parsed);
    }
  }
  const shown = <T extends string>(values: readonly T[], key: (v: T) => TPlainMessageKey) => (x: string) => {
    const known = pick(values, x);
    return known ? t(key(known)) : x;
  };
  /** The fields a conflict compares; place and parent by name, from the stored record or the form's own labels. */
  const conflict: TConflictField<TValues>[] = [
    { key: "regionId", label: t("org.region"), show: (x, stored) => (x === stored.regionId ? ((stored.region as { name?: string } | undefined)?.name ?? x) : x === props.initial.regionId ? (props.labels?.region ?? x) : t("conflict.yourChoice")) },
    { key: "name", label: t("org.name") },
    { key: "type", label: t("org.type"), show: shown(ORG_TYPES, typeKey) },
    { key: "domain", label: t("org.domain"), show: shown(ORG_DOMAINS, domainKey) },
    { key: "setupMode", label: t("org.setupMode"), show: shown(SETUP_MODES, setupKey) },
    { key: "parentId", label: t("org.parent"), show: (x, stored) => (x === stored.parentId ? ((stored.parent as { name?: string } | null)?.name ?? x) : x === values.parentId ? (parentLabel ?? x) : x) },
    { key: "foundedOn", label: t("org.foundedOn") },
    { key: "termStartedOn", label: t("org.termStartedOn") },
    { key: "quota", label: t("org.quota") },
    { key: "note", label: t("org.note") },
  ];

  return (
    <FormShell form={f} onSubmit={onSubmit} busy={create.isPending || update.isPending} onCancel={() => router.back()} conflict={props.edit && conflict}>
      <Picker
        label={t("org.region")}
        hint={t("org.regionHint")}
        error={errors.regionId}
        value={values.regionId}
        valueLabel={props.labels?.region}
        source={places}
        onChange={(id, place) => void chooseRegion(id, place)}
      />
      <Field label={t("org.name")} error={errors.name}>
        {(p) => <input {...p} value={values.name} onChange={(e) => set("name", e.target.value)} />}
      </Field>
      <div className="filters" style={{ marginBottom: 0 }}>
        <Field label={t("org.type")} error={errors.type}>
          {(p) => (
            <select {...p} value={values.type} onChange={(e) => set("type", e.target.value as TValues["type"])}>
              {ORG_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(typeKey(v))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("org.domain")} error={errors.domain}>
          {(p) => (
            <select {...p} value={values.domain} onChange={(e) => set("domain", e.target.value as TValues["domain"])}>
              {ORG_DOMAINS.map((v) => (
                <option key={v} value={v}>
                  {t(domainKey(v))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t("org.setupMode")} error={errors.setupMode}>
        {(p) => (
          <select {...p} value={values.setupMode ?? ""} onChange={(e) => set("setupMode", (e.target.value || null) as TValues["setupMode"])}>
            <option value="">{t("common.none")}</option>
            {SETUP_MODES.map((v) => (
              <option key={v} value={v}>
                {t(setupKey(v))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Picker
        label={t("org.parent")}
        error={errors.parentId}
        optional
        value={values.parentId ?? ""}
        valueLabel={parentLabel}
        source={parents}
        onChange={(id, o) => {
          set("parentId", id || null);
          setParentLabel(o?.label ?? null);
        }}
      />
      <div className="filters" style={{ marginBottom: 0 }}>
        <Field label={t("org.foundedOn")} error={errors.foundedOn}>
          {(p) => <input {...p} type="date" value={values.foundedOn ?? ""} onChange={(e) => set("foundedOn", e.target.value || null)} />}
        </Field>
        <Field label={t("org.termStartedOn")} error={errors.termStartedOn}>
          {(p) => <input {...p} type="date" value={values.termStartedOn ?? ""} onChange={(e) => set("termStartedOn", e.target.value || null)} />}
        </Field>
      </div>
      <Field label={t("org.quota")} error={errors.quota} hint={t("org.quotaHint")}>
        {(p) => <input {...p} inputMode="numeric" value={values.quota} onChange={(e) => set("quota", e.target.value)} maxLength={4} />}
      </Field>
      <Field label={t("org.note")} error={errors.note}>
        {(p) => <textarea {...p} rows={3} value={values.note} onChange={(e) => set("note", e.target.value)} />}
      </Field>
    </FormShell>
  );
}
