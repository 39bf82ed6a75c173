"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { SETTINGS, type TSettingKey, type TSettings } from "@/features/settings/settings";
import { RATING_GRADES } from "@/features/settings/rating";
import { TEAM_KINDS, TEAM_ROLES } from "@/features/settings/standards";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { InlineError } from "@/components/ui/states";

/** Where and from when a value applies: the country (no province) or one province, from a year on. */
export type TAt = { provinceCode: string | null; year: number };
type TStructuredKey = "termYears" | "teamStandards" | "ratingScale";
type TCells = Record<string, string>;

/** A list's or table's value as one text per cell, keyed by its path ("township.deputies.1"); a null is "". */
export function cellsOf(value: unknown, prefix = ""): TCells {
  if (value !== null && typeof value === "object") {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => cellsOf(v, prefix ? `${prefix}.${k}` : k))) as TCells;
  }
  return { [prefix]: value === null || value === undefined ? "" : String(value) };
}

/**
 * The cells read back into the setting's shape: a number where one was typed, null where nothing
 * was, the text itself otherwise (so the setting's own check names what is wrong with it).
 */
export function valueOf(shape: unknown, cells: TCells, prefix = ""): unknown {
  if (Array.isArray(shape)) return shape.map((v, i) => valueOf(v, cells, prefix ? `${prefix}.${i}` : String(i)));
  if (shape !== null && typeof shape === "object") {
    return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, valueOf(v, cells, prefix ? `${prefix}.${k}` : k)]));
  }
  const text = (cells[prefix] ?? "").trim();
  return text === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text;
}

/** The settings that are lists or tables, each its own form: term lengths, team standards, rating scale. */
export function StructuredSettings({ group, settings, at }: { group: string; settings: TSettings; at: TAt }) {
  const keys = (["termYears", "teamStandards", "ratingScale"] as const).filter((k) => SETTINGS[k].group === group);
  return keys.map((key) => <ValueForm key={`${key}-${at.provinceCode}-${at.year}-${JSON.stringify(settings[key])}`} name={key} value={settings[key]} at={at} />);
}

function ValueForm({ name, value, at }: { name: TStructuredKey; value: unknown; at: TAt }) {
  const t = useT();
  const trpc = useTRPC();
  const form = useSchemaForm<TCells>(cellsOf(value));
  const queryClient = useQueryClient();
  const save = useMutation(trpc.setting.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(), onError: form.serverError }));
  const cell = (path: string, label: string, context?: string) => <Cell key={path} path={path} label={label} context={context} form={form} />;
  const body: Record<TStructuredKey, () => ReactNode> = {
    termYears: () => (
      <div className="row">
        {cell("branch", t("settings.term.branch"))}
        {cell("committee", t("settings.term.committee"))}
      </div>
    ),
    ratingScale: () => <div className="row">{RATING_GRADES.slice(0, -1).map((g, i) => cell(String(i), t(`rating.grade.${g}`)))}</div>,
    teamStandards: () => (
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("settings.team")}</th>
              {TEAM_ROLES.map((r) => (
                <th key={r} scope="col">
                  {t(`standards.role.${r}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TEAM_KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{t(`standards.kind.${k}`)}</th>
                {TEAM_ROLES.map((r) => (
                  <td key={r}>
                    <div className="row">
                      {cell(`${k}.${r}.0`, t("settings.min"), `${t(`standards.kind.${k}`)} ${t(`standards.role.${r}`)} `)}
                      {cell(`${k}.${r}.1`, t("settings.max"), `${t(`standards.kind.${k}`)} ${t(`standards.role.${r}`)} `)}
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ),
  };
  return (
    <section className="card" aria-labelledby={`setting-${name}`} data-testid={`setting-${name}`}>
      <h3 id={`setting-${name}`}>{t(`settings.${name}`)}</h3>
      {name !== "termYears" && <p className="muted">{t(name === "ratingScale" ? "settings.ratingScaleHint" : "settings.maxHint")}</p>}
      <FormShell
        form={form}
        busy={save.isPending}
        onSubmit={() => {
          const next = form.validate(SETTINGS[name].schema, valueOf(value, form.values));
          if (next !== null) save.mutate({ key: name as TSettingKey, value: next, provinceCode: at.provinceCode, fromYear: at.year });
        }}
      >
        {body[name]()}
        <InlineError error={form.errors.value ?? form.errors.provinceCode ?? null} />
      </FormShell>
    </section>
  );
}

/**
 * One cell of a list or table: a short number input under its label ("minimum" in a table, where
 * `context`, read aloud only, names the row and column), its error below.
 */
function Cell({ path, label, context, form }: { path: string; label: string; context?: string; form: ReturnType<typeof useSchemaForm<TCells>> }) {
  const id = useId();
  const error = form.errors[path];
  return (
    <div className="field cell">
      <label htmlFor={id}>
        {context && <span className="sr-only">{context}</span>}
        {label}
      </label>
      <input
        id={id}
        inputMode="numeric"
        size={4}
        value={form.values[path] ?? ""}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        data-cell={path}
        onChange={(e) => form.set(path, e.target.value)}
      />
      {error && (
        <div id={`${id}-error`} className="error">
          {error}
        </div>
      )}
    </div>
  );
}
