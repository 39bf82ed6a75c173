import type { TIndicatorDef } from "@/lib/indicators/catalog";

/** Percentages are rounded for display only; the stored and compared values stay exact. */
export function percent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

/** A count as the count, a ratio as a rounded percentage. */
export function formatValue(def: Pick<TIndicatorDef, "unit">, v: { numerator: number; value: number | null }): string {
  return def.unit === "count" ? v.numerator.toLocaleString() : percent(v.value);
}

/**
 * The change from `then` to `now`: counts by their difference, ratios in percentage points;
 * `sign` is +1 when the change is for the better (by the indicator's direction), -1 when worse.
 */
export function delta(def: Pick<TIndicatorDef, "unit" | "higherIsBetter">, now: { numerator: number; value: number | null }, then: { numerator: number; value: number | null } | null) {
  if (!then) return null;
  const a = def.unit === "count" ? then.numerator : then.value;
  const b = def.unit === "count" ? now.numerator : now.value;
  if (a === null || b === null) return null;
  const diff = b - a;
  const better = def.higherIsBetter ? diff : -diff;
  const sign = Math.abs(diff) < 1e-12 ? 0 : better > 0 ? 1 : -1;
  const text = def.unit === "count" ? `${diff > 0 ? "+" : ""}${diff.toLocaleString()}` : `${diff > 0 ? "+" : ""}${(diff * 100).toFixed(1)} pp`;
  return { diff, sign, text };
}
