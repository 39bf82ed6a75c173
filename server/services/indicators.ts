import type { Db } from "../db";
import type { TActor } from "./actor";
import { indicatorRules } from "./indicator-engine";
import { findCountyForActor, findPrefectureForActor } from "./regions";
import { getSettings } from "./settings";
import { ratio, type TRatio } from "@/lib/indicators/ratio";
import { yearInBeijing } from "@/lib/time";

export { ratio, type TRatio } from "@/lib/indicators/ratio";

type C1Row = { id: string; code: string; name: string; units: bigint; covered: bigint };

/** C1 as the indicator engine defines it, as of today. */
async function coveredToday(db: Db) {
  return indicatorRules({ year: yearInBeijing() }, await getSettings(db)).villageCovered;
}

/**
 * C1: villages and communities with a live league organisation / all villages and communities,
 * grouped by the child regions of `parentId` (townships of a county, counties of a prefecture).
 * A unit counts once however many organisations it has.
 */
async function c1ByChild(db: Db, parentId: string, scopePath: string) {
  const rows = await db.$queryRaw<C1Row[]>`
    SELECT c.id, c.code, c.name,
           count(r.id) AS units,
           count(r.id) FILTER (WHERE ${await coveredToday(db)}) AS covered
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

export async function countyC1(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const townships = await c1ByChild(db, county.id, actor.scopePath);
  const uncovered = await db.$queryRaw<{ id: string; code: string; name: string; township: string | null }[]>`
    SELECT r.id, r.code, r.name, t.name AS township
      FROM "Region" r LEFT JOIN "Region" t ON t.id = r."parentId"
     WHERE r."countyId" = ${county.id} AND r.level IN ('VILLAGE', 'COMMUNITY') AND r.path LIKE ${actor.scopePath + "%"}
       AND NOT ${await coveredToday(db)}
     ORDER BY r.path
     LIMIT 200`;
  return {
    county: { code: county.code, name: county.name, synthetic: county.synthetic },
    total: total(townships),
    townships,
    uncovered: uncovered.map((u) => ({ ...u, township: u.township ?? "" })),
  };
}

export async function prefectureC1(db: Db, actor: TActor, prefectureCode: string) {
  const prefecture = await findPrefectureForActor(db, actor, prefectureCode);
  const counties = await c1ByChild(db, prefecture.id, actor.scopePath);
  return {
    prefecture: { code: prefecture.code, name: prefecture.name },
    total: total(counties),
    counties,
  };
}
