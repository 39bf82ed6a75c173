"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n";
import { SETTINGS, SETTING_KEYS, type TSettingGroup, type TSettingKey } from "@/features/settings/settings";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { ErrorState, Loading } from "@/components/ui/states";

const ALL_GROUPS: TSettingGroup[] = ["indicators", "transfers", "security", "uploads"];
const GROUPS = ALL_GROUPS.filter((g) => SETTING_KEYS.some((k) => SETTINGS[k].group === g));

export function SettingsForm() {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.setting.get.queryOptions());
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  return (
    <>
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.intro")}</p>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`settings-${group}`}>
          <h2 id={`settings-${group}`}>{t(`settings.group.${group}`)}</h2>
          <div className="stack" style={{ display: "grid", gap: 12, maxWidth: 520 }}>
            {SETTING_KEYS.filter((key) => SETTINGS[key].group === group).map((key) => (
              <SettingRow key={`${key}-${q.data[key]}`} name={key} value={q.data[key]} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

function SettingRow({ name, value }: { name: TSettingKey; value: number }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [v, setV] = useState(String(value));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useMutation(
    trpc.setting.save.mutationOptions({
      onSuccess: async () => {
        setMsg({ ok: true, text: t("settings.saved") });
        await queryClient.invalidateQueries();
      },
      onError: (e) => setMsg({ ok: false, text: translateMessage(t, e.data?.fieldErrors?.value?.[0] ?? e.message) }),
    }),
  );
  return (
    <form
      className="card row"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(v.trim());
        const { min, max } = SETTINGS[name];
        if (v.trim() === "" || !Number.isInteger(n)) return setMsg({ ok: false, text: t("v.integer") });
        if (n < min || n > max) return setMsg({ ok: false, text: t("v.between", { min, max }) });
        save.mutate({ key: name, value: n });
      }}
    >
      <div style={{ flex: 1 }}>
        <Field label={t(`settings.${name}`)} hint={t("v.between", { min: SETTINGS[name].min, max: SETTINGS[name].max })} error={msg && !msg.ok ? msg.text : undefined}>
          {(p) => <input {...p} inputMode="numeric" value={v} onChange={(e) => setV(e.target.value)} />}
        </Field>
      </div>
      <button type="submit" disabled={save.isPending}>
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
