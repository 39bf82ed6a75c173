"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n";
import { numbersFromText } from "@/lib/schemas/common";
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
import { useLeaveWarning } from "@/components/ui/form";
import { Picker } from "@/components/ui/picker";
import { usePlaceSource, type TPlaceOption } from "@/features/regions/ui/place-source";
import { domainKey, setupKey, typeKey } from "./labels";
import { useOrgSource } from "./org-sources";

type TValues = Omit<TCreateOrgInput, "quota"> & { quota: string };
type TErrors = Partial<Record<keyof TValues | "form", string>>;

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

function firstErrors(fieldErrors: Record<string, string[] | undefined>, t: ReturnType<typeof useT>): TErrors {
  const out: TErrors = {};
  for (const [k, v] of Object.entries(fieldErrors)) if (v?.[0]) out[k as keyof TErrors] = translateMessage(t, v[0]);
  return out;
}

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
  const [values, setValues] = useState<TValues>(props.initial);
  /** The values last stored: the form asks before leaving while what it shows differs. */
  const [stored, setStored] = useState<TValues>(props.initial);
  const [errors, setErrors] = useState<TErrors>({});
  const [parentLabel, setParentLabel] = useState(props.labels?.parent ?? null);
  const places = usePlaceSource(props.countyCode, undefined, true);
  const parents = useOrgSource(props.countyCode, "pickParents");

  const onError = (e: { message: string; data?: { code?: string; fieldErrors?: Record<string, string[]> | null } | null }) => {
    const fields = e.data?.fieldErrors ? firstErrors(e.data.fieldErrors, t) : {};
    const form =
      e.data?.code === "CONFLICT"
        ? t("common.conflict")
        : e.data?.code === "FORBIDDEN"
          ? t("common.forbidden")
          : Object.keys(fields).length
            ? t("v.fixErrors")
            : translateMessage(t, e.message);
    setErrors({ ...fields, form });
  };
  const create = useMutation(
    trpc.org.create.mutationOptions({
      onSuccess: async (org) => {
        await queryClient.invalidateQueries();
        router.push(`/orgs/${org.id}?created=1`);
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.org.update.mutationOptions({
      onSuccess: async (org) => {
        setStored(values);
        await queryClient.invalidateQueries();
        props.onSaved?.(org.version);
      },
      onError,
    }),
  );
  const busy = create.isPending || update.isPending;
  useLeaveWarning(!busy && !create.isSuccess && JSON.stringify(values) !== JSON.stringify(stored), t("form.unsaved"));

  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => setValues((v) => ({ ...v, [key]: value }));

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

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = props.edit
      ? ZUpdateOrgInput.safeParse(numbersFromText({ ...values, ...props.edit }, ["quota"]))
      : ZCreateOrgInput.safeParse(numbersFromText(values, ["quota"]));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        (fieldErrors[key] ??= []).push(issue.message);
      }
      setErrors({ ...firstErrors(fieldErrors, t), form: t("v.fixErrors") });
      return;
    }
    setErrors({});
    if (props.edit) update.mutate({ ...(parsed.data as TCreateOrgInput), ...props.edit });
    else create.mutate(parsed.data as TCreateOrgInput);
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
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
        {(p) => <input {...p} value={values.name} onChange={(e) => set("name", e.target.value)} maxLength={80} />}
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
      {errors.form && (
        <div role="alert" className="alert">
          {errors.form}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" onClick={() => router.back()}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
