"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
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
import { domainKey, setupKey, typeKey } from "./labels";

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
  onSaved?: (version: number) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TValues>(props.initial);
  const [errors, setErrors] = useState<TErrors>({});
  const places = useQuery(trpc.region.orgPlaces.queryOptions({ countyCode: props.countyCode }));
  const parents = useQuery(trpc.org.parentOptions.queryOptions({ countyCode: props.countyCode }));

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
        await queryClient.invalidateQueries();
        props.onSaved?.(org.version);
      },
      onError,
    }),
  );
  const busy = create.isPending || update.isPending;

  const byTownship = useMemo(() => {
    const rows = places.data ?? [];
    const townships = rows.filter((r) => r.level === "TOWNSHIP");
    return {
      county: rows.filter((r) => r.level === "COUNTY"),
      groups: townships.map((tw) => ({ township: tw, units: rows.filter((r) => r.parentId === tw.id) })),
    };
  }, [places.data]);

  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function chooseRegion(id: string) {
    const place = places.data?.find((p) => p.id === id);
    setValues((v) => {
      const next = { ...v, regionId: id };
      if (!props.edit && place && (place.level === "VILLAGE" || place.level === "COMMUNITY")) {
        next.domain = place.level === "COMMUNITY" ? "COMMUNITY" : "RURAL";
        if (!v.name.trim()) next.name = `${place.name}团支部`;
        const township = places.data?.find((p) => p.id === place.parentId);
        const parent = parents.data?.find((o) => township && o.name.includes(township.name));
        if (!v.parentId && parent) next.parentId = parent.id;
      }
      return next;
    });
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
      <Field label={t("org.region")} error={errors.regionId} hint={t("org.regionHint")}>
        {(p) => (
          <select {...p} value={values.regionId} onChange={(e) => chooseRegion(e.target.value)} disabled={places.isPending}>
            <option value="">{places.isPending ? t("common.loading") : "—"}</option>
            {byTownship.county.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            {byTownship.groups.map(({ township, units }) => (
              <optgroup key={township.id} label={township.name}>
                <option value={township.id}>{township.name}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                    {u.hasOrg ? "" : t("org.regionNoOrg")}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
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
      <Field label={t("org.parent")} error={errors.parentId}>
        {(p) => (
          <select {...p} value={values.parentId ?? ""} onChange={(e) => set("parentId", e.target.value || null)}>
            <option value="">{t("common.none")}</option>
            {(parents.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
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
