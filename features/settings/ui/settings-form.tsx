"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { yearInBeijing } from "@/lib/time";
import { numberFromText } from "@/lib/schemas/common";
import { NUMBER_SETTING_KEYS, SETTINGS, type TNumberSettingKey, type TSettingGroup } from "@/features/settings/settings";
import { ZSaveSettingInput, ZSettingsYear } from "@/features/settings/schema";
import { StructuredSettings, type TAt } from "./structured-settings";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { Picker } from "@/components/ui/picker";
import { useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { ErrorState, Loading } from "@/components/ui/states";

const GROUPS: TSettingGroup[] = ["indicators", "assessments", "transfers", "security", "uploads"];

export function SettingsForm() {
  const t = useT();
  const trpc = useTRPC();
  const [province, setProvince] = useState("");
  const [yearText, setYearText] = useState(String(yearInBeijing()));
  // The year shown is checked by the procedure's own bound.
  const year = ZSettingsYear.safeParse(numberFromText(yearText));
  const [at, setAt] = useState<TAt>({ provinceCode: null, year: yearInBeijing() });
  const provinces = useQuery(trpc.setting.provinces.queryOptions());
  // The provinces (34 at most) are kept in the page and searched there, by name or code.
  const provinceSource = useMemo(() => ({ local: (provinces.data ?? []).map((r) => ({ value: r.code, label: r.name, terms: r.code })) }), [provinces.data]);
  const q = useQuery(trpc.setting.get.queryOptions(at));
  return (
    <>
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.intro")}</p>
      <form
        className="card row"
        onSubmit={(e) => {
          e.preventDefault();
          if (year.success) setAt({ provinceCode: province || null, year: year.data });
        }}
      >
        <Picker label={t("settings.scope")} value={province} onChange={(v) => setProvince(v)} source={provinceSource} optional placeholder={t("settings.national")} hint={t("settings.scopeHint")} />
        <Field label={t("settings.fromYear")} hint={t("settings.fromYearHint")} error={year.success ? undefined : t("v.year")}>
          {(p) => <input {...p} inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} />}
        </Field>
        <button type="submit">{t("settings.show")}</button>
      </form>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        GROUPS.map((group) => (
          <section key={group} aria-labelledby={`settings-${group}`}>
            <h2 id={`settings-${group}`}>{t(`settings.group.${group}`)}</h2>
            <div className="stack" style={{ display: "grid", gap: 12, maxWidth: 560 }}>
              {NUMBER_SETTING_KEYS.filter((key) => SETTINGS[key].group === group).map((key) => (
                <SettingRow key={`${key}-${q.data[key]}-${at.provinceCode}-${at.year}`} name={key} value={q.data[key]} at={at} />
              ))}
              <StructuredSettings group={group} settings={q.data} at={at} />
            </div>
          </section>
        ))
      )}
    </>
  );
}

/** One setting's value for the scope and year shown, checked by the setting's own rule before it is sent. */
function SettingRow({ name, value, at }: { name: TNumberSettingKey; value: number; at: TAt }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const spec = SETTINGS[name];
  const f = useSchemaForm({ value: String(value) });
  const save = useMutation(trpc.setting.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(), onError: f.serverError }));
  const nationalOnly = at.provinceCode !== null && !spec.perProvince;
  const hint = spec.kind === "decimal" ? t("v.betweenDecimal", { min: spec.min, max: spec.max, places: spec.places }) : t("v.between", { min: spec.min, max: spec.max });
  function onSubmit() {
    const input = f.validate(ZSaveSettingInput, { key: name, value: f.values.value, provinceCode: at.provinceCode, fromYear: at.year }, ["value"]);
    if (input) save.mutate(input);
  }
  return (
    <FormShell form={f} onSubmit={onSubmit} busy={save.isPending} idle={nationalOnly} notice={save.isSuccess ? t("settings.saved") : null} className="card row">
      <div style={{ flex: 1 }}>
        <Field label={t(`settings.${name}`)} hint={nationalOnly ? t("settings.nationalOnly") : hint} error={f.errors.value ?? f.errors.provinceCode}>
          {(p) => <input {...p} inputMode={spec.kind === "decimal" ? "decimal" : "numeric"} value={f.values.value} disabled={nationalOnly} onChange={(e) => f.set("value", e.target.value)} />}
        </Field>
      </div>
    </FormShell>
  );
}
