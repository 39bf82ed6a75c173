import { Prisma } from "@/server/generated/prisma/client.ts";
import type { TPeriod } from "@/features/indicators/period";
import type { TSettings } from "@/features/settings/settings";
import { indicatorRules } from "./rules";
import { FAMILIES } from "./families";
import type { TIndicatorValue, Tx } from "./families/family";
import { settingsOfCounties } from "@/features/settings/server/settings";

export type { TIndicatorValue, TMissing } from "./families/family";
export type TFunnel = { applied: number; recommended: number; activists: number; targets: number; admitted: number };
export type TCountyFacts = { indicators: TIndicatorValue[] };

/** The recommend-for-Party funnel of a county's figures: the stages P2 carries as its parts. */
export function funnelOf(facts: TCountyFacts): TFunnel {
  const p = facts.indicators.find((i) => i.code === "P2")?.parts ?? {};
  return { applied: p.applied ?? 0, recommended: p.recommended ?? 0, activists: p.activists ?? 0, targets: p.targets ?? 0, admitted: p.admitted ?? 0 };
}

/** One indicator of a county's figures. */
export function indicatorOf(facts: TCountyFacts | null | undefined, code: string): TIndicatorValue | undefined {
  return facts?.indicators.find((i) => i.code === code);
}

/**
 * Every catalogued indicator for each of the given counties and one period, computed straight
 * from the rosters, the dated memberships and the entered statistics by GROUP BY county: a fixed
 * number of queries whatever the number of counties. With `scope` the figures cover only that part
 * of the county (a township cadre's township): numerators and denominators both, the statistics
 * being the scope region's own.
 */
export async function computeCountyFacts(
  db: Tx,
  countyIds: string[],
  period: TPeriod,
  opts: { settings?: TSettings; scope?: { path: string; regionId: string; regionName: string }; asOf?: string; today?: Date } = {},
): Promise<Map<string, TCountyFacts>> {
  const out = new Map<string, TCountyFacts>();
  if (countyIds.length === 0) return out;
  if (!opts.settings) {
    // Each county under its own province's settings for the period's year: a province at a time.
    const settingsOf = await settingsOfCounties(db, countyIds, period.year);
    for (const settings of new Set(settingsOf.values())) {
      const group = countyIds.filter((id) => settingsOf.get(id) === settings);
      for (const [cid, f] of await computeCountyFacts(db, group, period, { ...opts, settings })) out.set(cid, f);
    }
    return out;
  }
  const rule = indicatorRules(period, opts.settings, opts);
  const ids = Prisma.sql`${countyIds}::text[]`;
  const scope = opts.scope ? Prisma.sql`AND r.path LIKE ${opts.scope.path + "%"}` : Prisma.empty;
  const orgsInScope = (col: Prisma.Sql) =>
    opts.scope
      ? Prisma.sql`AND ${col} IN (SELECT o.id FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId" WHERE o."countyId" = ANY(${ids}) ${scope})`
      : Prisma.empty;
  // County names are read beside the families' queries; families name a region only when asked for a county's values.
  let names = new Map<string, string>();
  const statRegionOf = (cid: string) => (opts.scope ? { id: opts.scope.regionId, name: opts.scope.regionName } : { id: cid, name: names.get(cid) ?? "" });
  const statRegions = opts.scope ? [opts.scope.regionId] : countyIds;
  const context = { db, ids, period, rule, scope, orgsInScope, statRegionOf, statRegions };
  const [regions, families] = await Promise.all([
    db.region.findMany({ where: { id: { in: countyIds } }, select: { id: true, name: true } }),
    Promise.all(FAMILIES.map((f) => f.compute(context))),
  ]);
  names = new Map(regions.map((r) => [r.id, r.name]));
  for (const cid of countyIds) out.set(cid, { indicators: families.flatMap((values) => values(cid)) });
  return out;
}
