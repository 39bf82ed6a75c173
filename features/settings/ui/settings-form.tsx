"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n";
import { yearInBeijing } from "@/lib/time";
import { NUMBER_SETTING_KEYS, SETTINGS, SETTINGS_EPOCH, type TNumberSettingKey, type TSettingGroup } from "@/features/settings/settings";
import { StructuredSettings, type TAt } from "./structured-settings";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { ErrorState, Loading } from "@/components/ui/states";

const GROUPS: TSettingGroup[] = ["indicators", "assessments", "transfers", "security", "uploads"];

export function SettingsForm() {
  const t = useT();
  const trpc = useTRPC();
  const [province, setProvince] = useState("");
  const [yearText, setYearText] = useState(String(yearInBeijing()));
  const year = Number(yearText);
  const yearOk = Number.isInteger(year) && year >= SETTINGS_EPOCH && year <= 2100;
  const [at, setAt] = useState<TAt>({ provinceCode: null, year: yearInBeijing() });
  const provinces = useQuery(trpc.setting.provinces.queryOptions());
  const q = useQuery(trpc.setting.get.queryOptions(at));
  return (
    <>
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.intro")}</p>
      <form
        className="card row"
        onSubmit={(e) => {
          e.preventDefault();
          if (yearOk) setAt({ provinceCode: province || null, year });
        }}
      >
        <Field label={t("settings.scope")}>
          {(p) => (
            <select {...p} value={province} onChange={(e) => setProvince(e.target.value)}>
              <option value="">{t("settings.national")}</option>
              {provinces.data?.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("settings.fromYear")} hint={t("settings.fromYearHint")} error={yearOk ? undefined : t("v.year")}>
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

function SettingRow({ name, value, at }: { name: TNumberSettingKey; value: number; at: TAt }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const spec = SETTINGS[name];
  const [v, setV] = useState(String(value));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useMutation(
    trpc.setting.save.mutationOptions({
      onSuccess: async () => {
        setMsg({ ok: true, text: t("settings.saved") });
        await queryClient.invalidateQueries();
      },
      onError: (e) => setMsg({ ok: false, text: translateMessage(t, e.data?.fieldErrors?.value?.[0] ?? e.data?.fieldErrors?.provinceCode?.[0] ?? e.message) }),
    }),
  );
  const nationalOnly = at.provinceCode !== null && !spec.perProvince;
  const hint = spec.kind === "decimal" ? t("v.betweenDecimal", { min: spec.min, max: spec.max, places: spec.places }) : t("v.between", { min: spec.min, max: spec.max });
  return (
    <form
      className="card row"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(v.trim());
        const step = 10 ** spec.places;
        if (v.trim() === "" || !Number.isFinite(n) || Math.abs(Math.round(n * step) - n * step) > 1e-6) return setMsg({ ok: false, text: hint });
        if (n < spec.min || n > spec.max) return setMsg({ ok: false, text: hint });
        save.mutate({ key: name, value: n, provinceCode: at.provinceCode, fromYear: at.year });
      }}
    >
      <div style={{ flex: 1 }}>
        <Field label={t(`settings.${name}`)} hint={nationalOnly ? t("settings.nationalOnly") : hint} error={msg && !msg.ok ? msg.text : undefined}>
          {(p) => <input {...p} inputMode={spec.kind === "decimal" ? "decimal" : "numeric"} value={v} disabled={nationalOnly} onChange={(e) => setV(e.target.value)} />}
        </Field>
      </div>
      <button type="submit" disabled={save.isPending || nationalOnly}>
        {t("common.save")}
      </button>
      {msg?.ok && (
        <span role="status" className="muted">
          {msg.text}
        </span>
      )}
    </form>
  );
}
