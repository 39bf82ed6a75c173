/** Funds: townships whose entered work funds meet the settings, in all and per young resident (F1). */
import { Prisma } from "@/server/generated/prisma/client.ts";
import { byCounty, fromRow, n, type Num, type TFamily } from "./family";

export const funds: TFamily = {
  codes: ["F1"],
  async compute({ db, ids, period, rule, scope, statRegionOf }) {
    const rows = await db.$queryRaw<{ cid: string; den: Num; num: Num; entered: Num }[]>`
      SELECT r."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE ${rule.fundsMet}) AS num, count(s."workFundsYuan") AS entered
        FROM "Region" r LEFT JOIN "RegionStat" s ON s."regionId" = r.id AND s.year = ${period.year}
       WHERE r."countyId" = ANY(${ids}) AND r.level = 'TOWNSHIP' ${scope}
       GROUP BY r."countyId"`;
    const F = byCounty(rows);
    return (cid) => {
      const f = F.get(cid);
      return [
        n(f?.entered) === 0
          ? { code: "F1", numerator: 0, denominator: n(f?.den), value: null, missing: { stat: "workFundsYuan", regionName: statRegionOf(cid).name, year: period.year } }
          : { code: "F1", ...fromRow(f) },
      ];
    };
  },
  drill: {
    F1: ({ rule, period, cid, scope, pick, page }) => Prisma.sql`
      SELECT r.id, NULL AS link, r.name, NULL AS place,
             jsonb_build_object('workFundsYuan', s."workFundsYuan", 'residents6to35', s."residents6to35") AS facts, count(*) OVER () AS total
        FROM "Region" r LEFT JOIN "RegionStat" s ON s."regionId" = r.id AND s.year = ${period.year}
       WHERE r."countyId" = ${cid} AND r.level = 'TOWNSHIP' AND ${scope}
         AND ${pick(rule.fundsMet)}
       ORDER BY r.path ${page}`,
  },
};
