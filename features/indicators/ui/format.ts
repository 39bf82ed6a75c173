import { countLike, type TIndicatorDef } from "@/features/indicators/catalog";

/** Traffic-light colours: as page colours, and as fills for chart bars. */
export const LIGHT_COLOUR = { green: "var(--ok)", amber: "var(--warn)", red: "var(--bad)" } as const;
export const LIGHT_FILL = { green: "#1a7f37", amber: "#bf8700", red: "#c8102e" } as const;

/** A share as a percentage with one decimal, for a chart's axis. */
export const chartPercent = (share: number) => Math.round(share * 1000) / 10;

/** What a chart plots for an indicator: a count as the count, a ratio as a percentage. */
export function chartValue(def: Pick<TIndicatorDef, "unit">, v: { numerator: number; value: number | null } | null | undefined): number | null {
  if (!v) return null;
  return countLike(def) ? v.numerator : v.value === null ? null : chartPercent(v.value);
}

/** Percentages are rounded for display only; the stored and compared values stay exact. */
export function percent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

/** A count as the count, a funnel stage by stage ("131 → 38 → 15"), a ratio as a rounded percentage. */
export function formatValue(def: Pick<TIndicatorDef, "unit" | "parts">, v: { numerator: number; value: number | null; parts?: Record<string, number> }): string {
  if (def.unit === "funnel") return (def.parts ?? []).map((p) => (v.parts?.[p] ?? 0).toLocaleString()).join(" → ");
  return def.unit === "count" ? v.numerator.toLocaleString() : percent(v.value);
}

/**
 * The change from `then` to `now`: counts by their difference, ratios in percentage points;
 * `sign` is +1 when the change is for the better (by the indicator's direction), -1 when worse.
 */
export function delta(def: Pick<TIndicatorDef, "unit" | "higherIsBetter">, now: { numerator: number; value: number | null }, then: { numerator: number; value: number | null } | null) {
  // A funnel changes stage by stage: no one number says whether it got better.
  if (!then || def.unit === "funnel") return null;
  const a = countLike(def) ? then.numerator : then.value;
  const b = countLike(def) ? now.numerator : now.value;
  if (a === null || b === null) return null;
  const diff = b - a;
  const better = def.higherIsBetter ? diff : -diff;
  const sign = Math.abs(diff) < 1e-12 ? 0 : better > 0 ? 1 : -1;
  const text = countLike(def) ? `${diff > 0 ? "+" : ""}${diff.toLocaleString()}` : `${diff > 0 ? "+" : ""}${(diff * 100).toFixed(1)} pp`;
  return { diff, sign, text };
}
