"use client";

import { useState } from "react";
import { useT } from "../i18n-provider";
import { StaticTable } from "./static-table";

/** One field a conflict may concern: its label, and how a value of it reads (an enum's label, say). */
export type TConflictField<V> = { key: keyof V & string; label: string; show?: (value: string, stored: Record<string, unknown>) => string };

type TForm<V> = { values: V; current: Record<string, unknown> | null; resolveConflict: (picked: Partial<V>) => void };

/** A stored value in the form's own terms: text fields hold text ("" for none), checkboxes booleans. */
export function asFormValue(stored: unknown, like: unknown): unknown {
  if (typeof like === "boolean") return Boolean(stored);
  if (typeof like === "string") return stored === null || stored === undefined ? "" : String(stored);
  return stored;
}

/**
 * After someone else saved first: each field where the stored value differs from the user's,
 * both values side by side and a choice per field (the user's by default). Applying the choice
 * puts the picked values in the form and lets the next save go over the stored version. Fields
 * the viewer sees masked are left out (`skip`): their stored value is not the viewer's to take.
 */
export function ConflictView<V extends Record<string, unknown>>({ form, fields, skip = [] }: { form: TForm<V>; fields: TConflictField<V>[]; skip?: readonly string[] }) {
  const t = useT();
  const [keepStored, setKeepStored] = useState<Record<string, boolean>>({});
  const current = form.current;
  if (!current) return null;
  const shown = (f: TConflictField<V>, v: unknown) => (v === "" || v === null || v === undefined ? "—" : typeof v === "boolean" ? t(v ? "common.yes" : "common.no") : f.show ? f.show(String(v), current) : String(v));
  const differing = fields
    .filter((f) => !skip.includes(f.key) && f.key in current)
    .map((f) => ({ ...f, stored: asFormValue(current[f.key], form.values[f.key]), mine: form.values[f.key] }))
    .filter((f) => f.stored !== f.mine);
  const apply = (all: boolean) =>
    form.resolveConflict(Object.fromEntries(differing.filter((f) => all || keepStored[f.key]).map((f) => [f.key, f.stored])) as Partial<V>);
  return (
    <section className="card conflict" data-testid="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" style={{ marginTop: 0, fontSize: "1.05rem" }}>
        {t("conflict.title")}
      </h2>
      {differing.length === 0 ? (
        <p>{t("conflict.same")}</p>
      ) : (
        <StaticTable
          caption={t("conflict.title")}
          head={[t("conflict.field"), t("conflict.stored"), t("conflict.yours")]}
          rows={differing}
          rowKey={(f) => f.key}
          rowTestId={(f) => `conflict-${f.key}`}
          cells={(f) => [
            f.label,
            <label key="stored" className="row">
              <input type="radio" name={`conflict-${f.key}`} checked={Boolean(keepStored[f.key])} onChange={() => setKeepStored((k) => ({ ...k, [f.key]: true }))} />
              {shown(f, f.stored)}
            </label>,
            <label key="mine" className="row">
              <input type="radio" name={`conflict-${f.key}`} checked={!keepStored[f.key]} onChange={() => setKeepStored((k) => ({ ...k, [f.key]: false }))} />
              {shown(f, f.mine)}
            </label>,
          ]}
        />
      )}
      <div className="row" style={{ marginTop: 8 }}>
        <button type="button" className="primary" onClick={() => apply(false)}>
          {t("conflict.apply")}
        </button>
        {differing.length > 0 && (
          <button type="button" onClick={() => apply(true)}>
            {t("conflict.takeStored")}
          </button>
        )}
      </div>
    </section>
  );
}
