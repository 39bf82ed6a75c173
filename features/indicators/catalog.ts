/**
 * The indicator catalogue (domain.md §4) as data: what each number means, how it is read and
 * when it is good. Only indicators whose source records the rosters hold are listed; the rest
 * join with the records they need.
 */
type TIndicatorSpec = {
  code: string;
  /** Catalogue key prefix: `${key}.name`, `${key}.def`, `${key}.num` and `${key}.den` in lib/i18n. */
  key: `ind.${string}`;
  /** A ratio, a count, or a funnel of counts (shown stage by stage, never ranked). */
  unit: "ratio" | "count" | "funnel";
  /** The parts a count or funnel carries, in the order they are shown. */
  parts?: readonly string[];
  /** The value is numerator ÷ denominator × factor (100 for percentages, 1 for counts). */
  factor: number;
  higherIsBetter: boolean;
  /** The figure the reform aims for (a ratio between 0 and 1, or a count). */
  target?: number;
  /** Traffic lights for ratios: at or above `green` is green, at or above `amber` amber. */
  green?: number;
  amber?: number;
};

const CATALOGUE = [
  { code: "C1", key: "ind.C1", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.95, green: 0.95, amber: 0.85 },
  { code: "C2", key: "ind.C2", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.8 },
  { code: "C3", key: "ind.C3", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.8 },
  { code: "C4", key: "ind.C4", unit: "count", factor: 1, higherIsBetter: true },
  { code: "C5", key: "ind.C5", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.9, green: 0.9, amber: 0.7 },
  { code: "S1", key: "ind.S1", unit: "count", factor: 1, higherIsBetter: true, parts: ["FULL_TIME", "SECONDED", "PART_TIME"] },
  { code: "S2", key: "ind.S2", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.8 },
  { code: "S4", key: "ind.S4", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.8 },
  { code: "S5", key: "ind.S5", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.95, green: 0.95, amber: 0.8 },
  { code: "S6", key: "ind.S6", unit: "ratio", factor: 100, higherIsBetter: true, parts: ["young", "born1990", "women", "college", "twoCommittees"] },
  { code: "S7", key: "ind.S7", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.95, green: 0.95, amber: 0.8 },
  { code: "P1", key: "ind.P1", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.7, green: 0.7, amber: 0.5 },
  { code: "P2", key: "ind.P2", unit: "funnel", factor: 1, higherIsBetter: true, parts: ["applied", "recommended", "activists", "targets", "admitted"] },
  { code: "M1", key: "ind.M1", unit: "count", factor: 1, higherIsBetter: true, parts: ["JUNIOR_HIGH", "SENIOR_HIGH", "VOCATIONAL", "UNIVERSITY", "SOCIAL"] },
  { code: "M2", key: "ind.M2", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.9 },
  { code: "M4", key: "ind.M4", unit: "ratio", factor: 100, higherIsBetter: true, target: 0.95, green: 0.95, amber: 0.8 },
  { code: "F1", key: "ind.F1", unit: "ratio", factor: 100, higherIsBetter: true, target: 1, green: 1, amber: 0.8 },
] as const satisfies readonly TIndicatorSpec[];

export type TIndicatorCode = (typeof CATALOGUE)[number]["code"];
/** The catalogue key prefixes, as literals, so a missing `${key}.name` text does not compile. */
export type TIndicatorKey = (typeof CATALOGUE)[number]["key"];
/** The parts counts and funnels carry (staffing types, member categories, funnel stages, profile traits). */
export type TIndicatorPart = NonNullable<Extract<(typeof CATALOGUE)[number], { parts: unknown }>["parts"]>[number];
export type TIndicatorDef = Omit<TIndicatorSpec, "code" | "key" | "parts"> & { code: TIndicatorCode; key: TIndicatorKey; parts?: readonly TIndicatorPart[] };

export const INDICATORS: readonly TIndicatorDef[] = CATALOGUE;

/** The catalogue by code. */
export const INDICATOR_BY_CODE: ReadonlyMap<string, TIndicatorDef> = new Map(INDICATORS.map((d) => [d.code, d]));

/** The catalogue with an administrator's own targets and thresholds in place of the defaults. */
export function withThresholds(overrides: { code: string; target: number | null; green: number | null; amber: number | null }[]): TIndicatorDef[] {
  const by = new Map(overrides.map((o) => [o.code, o]));
  return INDICATORS.map((d) => {
    const o = by.get(d.code);
    if (!o) return d;
    return { ...d, target: o.target ?? d.target, green: o.green ?? d.green, amber: o.amber ?? d.amber };
  });
}

export type TLight = "green" | "amber" | "red" | null;

export function light(def: TIndicatorDef, value: number | null): TLight {
  if (value === null || def.green === undefined || def.amber === undefined) return null;
  return value >= def.green ? "green" : value >= def.amber ? "amber" : "red";
}

/** Counts and funnels are read by their numerator (a funnel's first stage); ratios by their value. */
export const countLike = (def: Pick<TIndicatorDef, "unit">) => def.unit !== "ratio";
