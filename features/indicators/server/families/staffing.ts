/**
 * Staffing: county committee cadres by type (S1), posts filled against quotas (S2), township and
 * village teams that meet the standard (S4, S5), village secretaries' profile (S6), terms renewed
 * on time (S7).
 */
import { Prisma } from "@/server/generated/prisma/client.ts";
import { ratio } from "@/features/indicators/ratio";
import type { TTeamKind } from "@/features/settings/standards";
import { byCounty, count, fromRow, n, type Num, type TDrillContext, type TFamily } from "./family";

type RatioRow = { cid: string; den: Num; num: Num };

/** The township or village teams of a county with their post counts, kept when they (do not) meet the standard. */
function teamDrill(kind: TTeamKind) {
  return ({ rule, cid, scope, pick, page }: TDrillContext) => Prisma.sql`
    WITH teams AS (
      SELECT o.id, o.name, r.name AS place, r.path, ${rule.teamCounts}
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
        LEFT JOIN "CadrePosition" p ON p."organisationId" = o.id AND ${rule.positionLive}
       WHERE o."countyId" = ${cid} AND ${rule.orgLive} AND ${rule.team[kind]} AND ${scope}
       GROUP BY o.id, o.name, r.name, r.path)
    SELECT id, 'org'::text AS link, name, place, jsonb_build_object('secretaries', s, 'deputies', d, 'members', m) AS facts, count(*) OVER () AS total
      FROM teams WHERE ${pick(rule.meetsStandard(kind))} ORDER BY path ${page}`;
}

export const staffing: TFamily = {
  codes: ["S1", "S2", "S4", "S5", "S6", "S7"],
  async compute({ db, ids, rule, scope }) {
    const { positionLive, orgLive, asOf } = rule;
    const [s1, s2, teams, s6, s7] = await Promise.all([
      db.$queryRaw<{ cid: string; full_time: Num; seconded: Num; part_time: Num }[]>`
        SELECT p."countyId" AS cid,
               count(*) FILTER (WHERE c."staffingType" = 'FULL_TIME') AS full_time,
               count(*) FILTER (WHERE c."staffingType" = 'SECONDED') AS seconded,
               count(*) FILTER (WHERE c."staffingType" = 'PART_TIME') AS part_time
          FROM "CadrePosition" p
          JOIN "Cadre" c ON c.id = p."cadreId"
          JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'COUNTY_COMMITTEE'
          JOIN "Region" r ON r.id = o."regionId"
         WHERE p."countyId" = ANY(${ids}) AND ${positionLive} ${scope}
         GROUP BY p."countyId"`,
      db.$queryRaw<RatioRow[]>`
        SELECT o."countyId" AS cid, sum(o.quota) AS den, sum(least(o.quota, ${rule.filledPosts})) AS num
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ANY(${ids}) AND ${orgLive} AND o.quota > 0 ${scope}
         GROUP BY o."countyId"`,
      db.$queryRaw<{ cid: string; kind: TTeamKind; den: Num; num: Num }[]>`
        WITH teams AS (
          SELECT o."countyId" AS cid, CASE WHEN r.level = 'TOWNSHIP' THEN 'township' ELSE 'village' END AS kind, ${rule.teamCounts}
            FROM "Organisation" o
            JOIN "Region" r ON r.id = o."regionId"
            LEFT JOIN "CadrePosition" p ON p."organisationId" = o.id AND ${positionLive}
           WHERE o."countyId" = ANY(${ids}) AND ${orgLive} ${scope} AND ((${rule.team.township}) OR (${rule.team.village}))
           GROUP BY o.id, o."countyId", r.level)
        SELECT cid, kind, count(*) AS den,
               count(*) FILTER (WHERE CASE kind WHEN 'township' THEN ${rule.meetsStandard("township")} ELSE ${rule.meetsStandard("village")} END) AS num
          FROM teams GROUP BY cid, kind`,
      db.$queryRaw<{ cid: string; total: Num; young: Num; born1990: Num; women: Num; college: Num; two: Num }[]>`
        SELECT p."countyId" AS cid, count(*) AS total,
               count(*) FILTER (WHERE ${rule.young}) AS young,
               count(*) FILTER (WHERE c."birthDate" >= DATE '1990-01-01') AS born1990,
               count(*) FILTER (WHERE c.gender = 'FEMALE') AS women,
               count(*) FILTER (WHERE c.education IN ('JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) AS college,
               count(*) FILTER (WHERE c."inVillageCommittees") AS two
          FROM "CadrePosition" p
          JOIN "Cadre" c ON c.id = p."cadreId"
          JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'BRANCH'
          JOIN "Region" r ON r.id = o."regionId" AND r.level IN ('VILLAGE', 'COMMUNITY')
         WHERE p."countyId" = ANY(${ids}) AND p.post = 'SECRETARY' AND ${positionLive} ${scope}
         GROUP BY p."countyId"`,
      db.$queryRaw<{ cid: string; with_term: Num; on_time: Num }[]>`
        SELECT o."countyId" AS cid,
               count(*) FILTER (WHERE ${rule.hasTerm}) AS with_term,
               count(*) FILTER (WHERE ${rule.hasTerm} AND ${rule.termEnds} > ${asOf}) AS on_time
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ANY(${ids}) AND ${orgLive} ${scope}
         GROUP BY o."countyId"`,
    ]);
    const S1 = byCounty(s1), S2 = byCounty(s2), S6 = byCounty(s6), S7 = byCounty(s7);
    const team = new Map(teams.map((t) => [`${t.cid}/${t.kind}`, t]));
    return (cid) => {
      const a = S1.get(cid), p = S6.get(cid), t = S7.get(cid);
      return [
        count("S1", n(a?.full_time) + n(a?.seconded) + n(a?.part_time), { FULL_TIME: n(a?.full_time), SECONDED: n(a?.seconded), PART_TIME: n(a?.part_time) }),
        { code: "S2", ...fromRow(S2.get(cid)) },
        { code: "S4", ...fromRow(team.get(`${cid}/township`)) },
        { code: "S5", ...fromRow(team.get(`${cid}/village`)) },
        {
          code: "S6",
          ...ratio(n(p?.young), n(p?.total)),
          parts: { young: n(p?.young), born1990: n(p?.born1990), women: n(p?.women), college: n(p?.college), twoCommittees: n(p?.two), total: n(p?.total) },
        },
        { code: "S7", ...ratio(n(t?.on_time), n(t?.with_term)) },
      ];
    };
  },
  drill: {
    S1: ({ rule, cid, scope, inNum, page }) =>
      inNum
        ? Prisma.sql`
      SELECT c.id, 'cadre'::text AS link, c.name, o.name AS place,
             jsonb_build_object('staffingType', c."staffingType"::text, 'post', p.post::text, 'startedOn', p."startedOn"::text) AS facts, count(*) OVER () AS total
        FROM "CadrePosition" p JOIN "Cadre" c ON c.id = p."cadreId"
        JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'COUNTY_COMMITTEE'
        JOIN "Region" r ON r.id = o."regionId"
       WHERE p."countyId" = ${cid} AND ${rule.positionLive} AND ${scope}
       ORDER BY c."staffingType", p.post, c.name ${page}`
        : null,
    S2: ({ rule, cid, scope, inNum, page }) => Prisma.sql`
      SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
             jsonb_build_object('quota', o.quota, 'filled', ${rule.filledPosts}) AS facts, count(*) OVER () AS total
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ${cid} AND ${rule.orgLive} AND o.quota > 0 AND ${scope}
         ${inNum ? Prisma.empty : Prisma.sql`AND ${rule.filledPosts} < o.quota`}
       ORDER BY r.path, o.name ${page}`,
    S4: teamDrill("township"),
    S5: teamDrill("village"),
    S6: ({ rule, cid, scope, pick, page }) => Prisma.sql`
      SELECT c.id, 'cadre'::text AS link, c.name, r.name AS place,
             jsonb_build_object('organisation', o.name, 'birthDate', c."birthDate"::text, 'gender', c.gender::text, 'education', c.education::text, 'inVillageCommittees', c."inVillageCommittees") AS facts,
             count(*) OVER () AS total
        FROM "CadrePosition" p JOIN "Cadre" c ON c.id = p."cadreId"
        JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'BRANCH'
        JOIN "Region" r ON r.id = o."regionId" AND r.level IN ('VILLAGE', 'COMMUNITY')
       WHERE p."countyId" = ${cid} AND p.post = 'SECRETARY' AND ${rule.positionLive} AND ${scope}
         AND ${pick(rule.young)}
       ORDER BY r.path ${page}`,
    S7: ({ rule, cid, scope, pick, page }) => Prisma.sql`
      SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
             jsonb_build_object('termStartedOn', o."termStartedOn"::text, 'termEndsOn', ${rule.termEnds}::date::text) AS facts, count(*) OVER () AS total
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ${cid} AND ${rule.orgLive} AND ${scope} AND ${rule.hasTerm}
         AND ${pick(Prisma.sql`${rule.termEnds} > ${rule.asOf}`)}
       ORDER BY r.path, o.name ${page}`,
  },
};
