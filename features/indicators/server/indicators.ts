import type { Db } from "@/server/db";
import type { TActor } from "@/server/actor";
import { indicatorRules } from "./rules";
import { findCountyForActor, findPrefectureForActor } from "@/features/regions/server/regions";
import { getSettings } from "@/features/settings/server/settings";
import { ratio, type TRatio } from "@/features/indicators/ratio";
import { periodBounds, periodLabel, type TPeriod } from "@/features/indicators/period";
import type { Prisma } from "@/server/generated/prisma/client.ts";

export { ratio, type TRatio } from "@/features/indicators/ratio";

type C1Row = { id: string; code: string; name: string; units: bigint; covered: bigint };

/** C1 as the indicator engine defines it, for a period (as of its end, or an earlier day asked for). */
async function coveredIn(db: Db, period: TPeriod, asOf?: string) {
  return indicatorRules(period, await getSettings(db, { year: period.year }), { asOf }).villageCovered;
}

/**
 * C1: villages and communities with a live league organisation / all villages and communities,
 * grouped by the child regions of `parentId` (townships of a county, counties of a prefecture).
 * A unit counts once however many organisations it has.
 */
async function c1ByChild(db: Db, parentId: string, scopePath: string, covered: Prisma.Sql) {
  const rows = await db.$queryRaw<C1Row[]>`
    SELECT c.id, c.code, c.name,
           count(r.id) AS units,
           count(r.id) FILTER (WHERE ${covered}) AS covered
      FROM "Region" c
      LEFT JOIN "Region" r
        ON r.path LIKE c.path || '%' AND r.level IN ('VILLAGE', 'COMMUNITY')
     WHERE c."parentId" = ${parentId} AND c.path LIKE ${scopePath + "%"}
     GROUP BY c.id, c.code, c.name
     ORDER BY c.code`;
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    ...ratio(Number(r.covered), Number(r.units)),
  }));
}

function total(parts: TRatio[]): TRatio {
  return ratio(
    parts.reduce((s, p) => s + p.numerator, 0),
    parts.reduce((s, p) => s + p.denominator, 0),
  );
}

export async function countyC1(db: Db, actor: TActor, countyCode: string, period: TPeriod, asOf?: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const covered = await coveredIn(db, period, asOf);
  const townships = await c1ByChild(db, county.id, actor.scopePath, covered);
  const uncovered = await db.$queryRaw<{ id: string; code: string; name: string; township: string | null }[]>`
    SELECT r.id, r.code, r.name, t.name AS township
      FROM "Region" r LEFT JOIN "Region" t ON t.id = r."parentId"
     WHERE r."countyId" = ${county.id} AND r.level IN ('VILLAGE', 'COMMUNITY') AND r.path LIKE ${actor.scopePath + "%"}
       AND NOT ${covered}
     ORDER BY r.path
     LIMIT 200`;
  return {
    county: { code: county.code, name: county.name, synthetic: county.synthetic },
    period: periodLabel(period),
    asOf: periodBounds(period, undefined, asOf).asOf,
    total: total(townships),
    townships,
    uncovered: uncovered.map((u) => ({ ...u, township: u.township ?? "" })),
  };
}

export async function prefectureC1(db: Db, actor: TActor, prefectureCode: string, period: TPeriod, asOf?: string) {
  const prefecture = await findPrefectureForActor(db, actor, prefectureCode);
  const counties = await c1ByChild(db, prefecture.id, actor.scopePath, await coveredIn(db, period, asOf));
  return {
    prefecture: { code: prefecture.code, name: prefecture.name },
    period: periodLabel(period),
    asOf: periodBounds(period, undefined, asOf).asOf,
    total: total(counties),
    counties,
  };
}
