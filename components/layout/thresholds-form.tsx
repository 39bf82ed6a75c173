"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage, type TMessageKey } from "@/lib/i18n";
import { z } from "zod";
import { INDICATOR_BY_CODE } from "@/lib/indicators/catalog";
import { ZThresholdInput } from "@/lib/schemas/indicators";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "../i18n-provider";
import { ErrorState, Loading } from "../ui/states";

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

type TDef = { code: string; key: string; target?: number; green?: number; amber?: number };

function ThresholdRow({ def }: { def: TDef }) {
  const t = useT();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const base = DEFAULTS.get(def.code)!;
  const init = (v: number | undefined, d: number | undefined) => (v !== undefined && v !== d ? String(v) : "");
  const [v, setV] = useState({ target: init(def.target, base.target), green: init(def.green, base.green), amber: init(def.amber, base.amber) });
  const save = useMutation(trpc.dashboard.setThreshold.mutationOptions({ onSuccess: () => void qc.invalidateQueries() }));
  // Checked first by the procedure's own schema, so a bad value is named before anything is sent.
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = { ...((save.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {}), ...local };
  const field = (name: "target" | "green" | "amber") => {
    const id = `th-${def.code}-${name}`;
    const err = errors[name]?.[0];
    return (
      <div className="field" style={{ minWidth: 140 }}>
        <label htmlFor={id}>{t(`thresholds.${name}` as TMessageKey)}</label>
        <input
          id={id}
          inputMode="decimal"
          value={v[name]}
          placeholder={t("thresholds.default", { v: String(base[name] ?? "—") })}
          aria-invalid={Boolean(err)}
          aria-describedby={err ? `${id}-err` : undefined}
          onChange={(e) => setV({ ...v, [name]: e.target.value })}
        />
        {err && (
          <span id={`${id}-err`} className="error" role="alert">
            {translateMessage(t, err)}
          </span>
        )}
      </div>
    );
  };
  return (
    <form
      className="card row"
      data-testid={`threshold-${def.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = ZThresholdInput.safeParse({ code: def.code, ...v });
        if (!parsed.success) {
          setLocal(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
          return;
        }
        setLocal({});
        save.mutate(parsed.data);
      }}
    >
      <strong style={{ minWidth: 200 }}>
        {def.code} {t(`${def.key}.name` as TMessageKey)}
      </strong>
      {field("target")}
      {field("green")}
      {field("amber")}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : t("common.save")}
      </button>
      {save.isSuccess && (
        <span role="status" className="muted">
          {t("common.saved")}
        </span>
      )}
    </form>
  );
}
