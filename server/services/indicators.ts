import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";
import type { TActor } from "./actor";
import { findCountyForActor, findPrefectureForActor } from "./regions";

/** An indicator value always travels with its parts; the ratio is null when nothing is due. */
export type TRatio = { numerator: number; denominator: number; value: number | null };

export function ratio(numerator: number, denominator: number): TRatio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

type C1Row = { id: string; code: string; name: string; units: bigint; covered: bigint };

const LIVE = Prisma.sql`('ACTIVE','RECTIFYING')`;

/**
 * C1: villages and communities with a live league organisation / all villages and communities,
 * grouped by the child regions of `parentId` (townships of a county, counties of a prefecture).
 * A unit counts once however many organisations it has.
 */
async function c1ByChild(db: Db, parentId: string, scopePath: string) {
  const rows = await db.$queryRaw<C1Row[]>`
    SELECT c.id, c.code, c.name,
           count(u.id) AS units,
           count(u.id) FILTER (WHERE EXISTS (
             SELECT 1 FROM "Organisation" o WHERE o."regionId" = u.id AND o.status::text IN ${LIVE}
           )) AS covered
      FROM "Region" c
      LEFT JOIN "Region" u
        ON u.path LIKE c.path || '%' AND u.level IN ('VILLAGE', 'COMMUNITY')
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
  const uncovered = await db.region.findMany({
    where: {
      countyId: county.id,
      level: { in: ["VILLAGE", "COMMUNITY"] },
      path: { startsWith: actor.scopePath },
      organisations: { none: { status: { in: ["ACTIVE", "RECTIFYING"] } } },
    },
    orderBy: { path: "asc" },
    take: 200,
    select: { id: true, code: true, name: true, parent: { select: { name: true } } },
  });
  return {
    county: { code: county.code, name: county.name, synthetic: county.synthetic },
    total: total(townships),
    townships,
    uncovered: uncovered.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      township: u.parent?.name ?? "",
    })),
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
