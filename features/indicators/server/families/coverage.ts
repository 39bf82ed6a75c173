/** Coverage: villages with an organisation (C1), Youth Homes (C2), league schools (C3), social-domain organisations (C4), eligible units (C5). */
import { Prisma } from "@/server/generated/prisma/client.ts";
import { byCounty, count, fromRow, n, type Num, type TFamily } from "./family";

type RatioRow = { cid: string; den: Num; num: Num };

export const coverage: TFamily = {
  codes: ["C1", "C2", "C3", "C4", "C5"],
  async compute({ db, ids, rule, scope }) {
    const [c1, c2, c3, c4, c5] = await Promise.all([
      db.$queryRaw<RatioRow[]>`
        SELECT r."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE ${rule.villageCovered}) AS num
          FROM "Region" r
         WHERE r."countyId" = ANY(${ids}) AND r.level IN ('VILLAGE', 'COMMUNITY') ${scope}
         GROUP BY r."countyId"`,
      db.$queryRaw<RatioRow[]>`
        SELECT r."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE ${rule.townshipHasHome}) AS num
          FROM "Region" r
         WHERE r."countyId" = ANY(${ids}) AND r.level = 'TOWNSHIP' ${scope}
         GROUP BY r."countyId"`,
      db.$queryRaw<RatioRow[]>`
        SELECT s."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE s."hasLeagueSchool") AS num
          FROM "School" s JOIN "Region" r ON r.id = s."regionId"
         WHERE s."countyId" = ANY(${ids}) ${scope}
         GROUP BY s."countyId"`,
      db.$queryRaw<{ cid: string; social: Num }[]>`
        SELECT o."countyId" AS cid, count(*) FILTER (WHERE ${rule.socialDomain}) AS social
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ANY(${ids}) AND ${rule.orgLive} ${scope}
         GROUP BY o."countyId"`,
      db.$queryRaw<RatioRow[]>`
        SELECT u."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE ${rule.unitCovered}) AS num
          FROM "Unit" u JOIN "Region" r ON r.id = u."regionId"
         WHERE u."countyId" = ANY(${ids}) AND ${rule.unitEligible} ${scope}
         GROUP BY u."countyId"`,
    ]);
    const [C1, C2, C3, C4, C5] = [byCounty(c1), byCounty(c2), byCounty(c3), byCounty(c4), byCounty(c5)];
    return (cid) => [
      { code: "C1", ...fromRow(C1.get(cid)) },
      { code: "C2", ...fromRow(C2.get(cid)) },
      { code: "C3", ...fromRow(C3.get(cid)) },
      count("C4", n(C4.get(cid)?.social)),
      { code: "C5", ...fromRow(C5.get(cid)) },
    ];
  },
  drill: {
    C1: ({ rule, cid, scope, pick, page }) => Prisma.sql`
      SELECT r.id, NULL AS link, r.name, t.name AS place,
             jsonb_build_object('level', r.level::text, 'organisations', (SELECT string_agg(o.name, '、') FROM "Organisation" o WHERE o."regionId" = r.id AND ${rule.orgLive})) AS facts,
             count(*) OVER () AS total
        FROM "Region" r LEFT JOIN "Region" t ON t.id = r."parentId"
       WHERE r."countyId" = ${cid} AND r.level IN ('VILLAGE', 'COMMUNITY') AND ${scope}
         AND ${pick(rule.villageCovered)}
       ORDER BY r.path ${page}`,
    C2: ({ rule, cid, scope, pick, page }) => Prisma.sql`
      SELECT r.id, NULL AS link, r.name, NULL AS place,
             jsonb_build_object('youthHomes', (SELECT string_agg(h.name, '、') FROM "YouthHome" h WHERE h."regionId" = r.id AND ${rule.homeOpen})) AS facts,
             count(*) OVER () AS total
        FROM "Region" r
       WHERE r."countyId" = ${cid} AND r.level = 'TOWNSHIP' AND ${scope}
         AND ${pick(rule.townshipHasHome)}
       ORDER BY r.path ${page}`,
    C3: ({ cid, scope, pick, page }) => Prisma.sql`
      SELECT s.id, NULL AS link, s.name, r.name AS place,
             jsonb_build_object('kind', s.kind::text, 'leagueSchoolLevel', s."leagueSchoolLevel"::text) AS facts, count(*) OVER () AS total
        FROM "School" s JOIN "Region" r ON r.id = s."regionId"
       WHERE s."countyId" = ${cid} AND ${scope} AND ${pick(Prisma.sql`s."hasLeagueSchool"`)}
       ORDER BY r.path, s.name ${page}`,
    C4: ({ rule, cid, scope, inNum, page }) =>
      inNum
        ? Prisma.sql`
      SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
             jsonb_build_object('domain', o.domain::text, 'foundedOn', o."foundedOn"::text) AS facts, count(*) OVER () AS total
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ${cid} AND ${rule.orgLive} AND ${scope}
         AND ${rule.socialDomain}
       ORDER BY r.path, o.name ${page}`
        : null,
    C5: ({ rule, cid, scope, pick, page }) => Prisma.sql`
      SELECT u.id, NULL AS link, u.name, r.name AS place,
             jsonb_build_object('kind', u.kind::text, 'memberCount', u."memberCount", 'youngStaffCount', u."youngStaffCount") AS facts, count(*) OVER () AS total
        FROM "Unit" u JOIN "Region" r ON r.id = u."regionId"
       WHERE u."countyId" = ${cid} AND ${scope}
         AND ${rule.unitEligible} AND ${pick(rule.unitCovered)}
       ORDER BY r.path, u.name ${page}`,
  },
};
