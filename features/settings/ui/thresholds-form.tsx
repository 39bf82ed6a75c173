"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { INDICATOR_BY_CODE, type TIndicatorDef } from "@/features/indicators/catalog";
import { ZThresholdInput } from "@/features/indicators/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { ErrorState, Loading } from "@/components/ui/states";

const DEFAULTS = INDICATOR_BY_CODE;

/** Administrators set each ratio indicator's target and traffic-light thresholds. */
export function ThresholdsForm() {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.indicator.catalog.queryOptions());
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  return (
    <section style={{ marginTop: 24 }}>
      <h2>{t("thresholds.title")}</h2>
      <p className="muted">{t("thresholds.help")}</p>
      <div style={{ display: "grid", gap: 12 }}>
        {q.data
          .filter((d) => d.unit === "ratio")
          .map((d) => (
            <ThresholdRow key={`${d.code}-${d.target}-${d.green}-${d.amber}`} def={d} />
          ))}
      </div>
    </section>
  );
}

type TDef = Pick<TIndicatorDef, "code" | "key" | "target" | "green" | "amber">;

function ThresholdRow({ def }: { def: TDef }) {
  const t = useT();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const base = DEFAULTS.get(def.code)!;
  const init = (v: number | undefined, d: number | undefined) => (v !== undefined && v !== d ? String(v) : "");
  const form = useSchemaForm({ target: init(def.target, base.target), green: init(def.green, base.green), amber: init(def.amber, base.amber) });
  const save = useMutation(trpc.dashboard.setThreshold.mutationOptions({ onSuccess: () => void qc.invalidateQueries(), onError: form.serverError }));
  const field = (name: "target" | "green" | "amber") => (
    <div style={{ minWidth: 140 }}>
      <TextField
        label={t(`thresholds.${name}`)}
        value={form.values[name]}
        onChange={(x) => form.set(name, x)}
        error={form.errors[name]}
        hint={t("thresholds.default", { v: String(base[name] ?? "—") })}
        inputMode="decimal"
      />
    </div>
  );
  function onSubmit() {
    // Checked first by the procedure's own schema, so a bad value is named before anything is sent.
    const input = form.validate(ZThresholdInput, { code: def.code, ...form.values }, ["target", "green", "amber"]);
    if (input) save.mutate(input);
  }
  return (
    <FormShell form={form} onSubmit={onSubmit} busy={save.isPending} notice={save.isSuccess ? t("common.saved") : null} className="card row" testId={`threshold-${def.code}`}>
      <strong style={{ minWidth: 200 }}>
        {def.code} {t(`${def.key}.name`)}
      </strong>
      {field("target")}
      {field("green")}
      {field("amber")}
    </FormShell>
  );
}
