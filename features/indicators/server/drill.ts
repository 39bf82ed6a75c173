import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { TPeriod } from "@/features/indicators/period";
import type { TTeamKind } from "@/features/settings/standards";
import type { TActor } from "@/server/actor";
import type { TPlainMessageKey } from "@/lib/i18n";
import { indicatorRules } from "./rules";
import { findCountyForActor } from "@/features/regions/server/regions";
import { getSettings } from "@/features/settings/server/settings";

export const DRILL_PAGE = 50;

/** One record behind a number: what it is, where, and the facts that put it in or out. */
export type TDrillRow = {
  id: string;
  /** Which record page the row opens, if it has one. */
  link: "member" | "org" | "cadre" | null;
  name: string;
  place: string;
  facts: Record<string, string | number | boolean | null>;
};

type Row = { id: string; link: TDrillRow["link"]; name: string; place: string | null; facts: TDrillRow["facts"]; total: bigint };

/**
 * The records behind an indicator's numerator (`numerator`), or those in its denominator that
 * the numerator leaves out (`gap`: the villages without a branch, the teams that fall short),
 * counted and filtered exactly as the indicator is, within the viewer's scope; a page at a time.
 */
export async function drillDown(
  db: Db,
  actor: TActor,
  input: { countyCode: string; period: TPeriod; asOf?: string; indicator: string; part: "numerator" | "gap"; page: number },
) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  const rule = indicatorRules(input.period, await getSettings(db), { asOf: input.asOf });
  const { asOf, orgLive, positionLive } = rule;
  const cid = county.id;
  const scope = Prisma.sql`r.path LIKE ${actor.scopePath + "%"}`;
  const inNum = input.part === "numerator";
  const pick = (cond: Prisma.Sql) => (inNum ? cond : Prisma.sql`NOT (${cond})`);
  const page = Prisma.sql`LIMIT ${DRILL_PAGE} OFFSET ${(input.page - 1) * DRILL_PAGE}`;
  // Members are listed where their dated membership counts them (o is the organisation of that
  // membership); a member who has since moved out of the viewer's scope is listed without a link.
  const memberOf = Prisma.sql`FROM "Membership" ms JOIN "Member" m ON m.id = ms."memberId" JOIN "Organisation" o ON o.id = ms."organisationId" JOIN "Region" r ON r.id = o."regionId"`;
  const memberLink = Prisma.sql`CASE WHEN (SELECT r2.path FROM "Organisation" o2 JOIN "Region" r2 ON r2.id = o2."regionId" WHERE o2.id = m."organisationId") LIKE ${actor.scopePath + "%"} THEN 'member' END`;
  const memberFacts = (extra: Prisma.Sql) => Prisma.sql`jsonb_build_object('organisation', o.name, 'developmentNumber', m."developmentNumber", 'joinedOn', m."joinedOn"::text ${extra})`;

  let rows: Row[] = [];
  /** Why there are no records to list, as a catalogue key. */
  let note: TPlainMessageKey | null = null;
  switch (input.indicator) {
    case "C1":
      rows = await db.$queryRaw<Row[]>`
        SELECT r.id, NULL AS link, r.name, t.name AS place,
               jsonb_build_object('level', r.level::text, 'organisations', (SELECT string_agg(o.name, '、') FROM "Organisation" o WHERE o."regionId" = r.id AND ${orgLive})) AS facts,
               count(*) OVER () AS total
          FROM "Region" r LEFT JOIN "Region" t ON t.id = r."parentId"
         WHERE r."countyId" = ${cid} AND r.level IN ('VILLAGE', 'COMMUNITY') AND ${scope}
           AND ${pick(rule.villageCovered)}
         ORDER BY r.path ${page}`;
      break;
    case "C2":
      rows = await db.$queryRaw<Row[]>`
        SELECT r.id, NULL AS link, r.name, NULL AS place,
               jsonb_build_object('youthHomes', (SELECT string_agg(h.name, '、') FROM "YouthHome" h WHERE h."regionId" = r.id AND ${rule.homeOpen})) AS facts,
               count(*) OVER () AS total
          FROM "Region" r
         WHERE r."countyId" = ${cid} AND r.level = 'TOWNSHIP' AND ${scope}
           AND ${pick(rule.townshipHasHome)}
         ORDER BY r.path ${page}`;
      break;
    case "C3":
      rows = await db.$queryRaw<Row[]>`
        SELECT s.id, NULL AS link, s.name, r.name AS place,
               jsonb_build_object('kind', s.kind::text, 'leagueSchoolLevel', s."leagueSchoolLevel"::text) AS facts, count(*) OVER () AS total
          FROM "School" s JOIN "Region" r ON r.id = s."regionId"
         WHERE s."countyId" = ${cid} AND ${scope} AND ${pick(Prisma.sql`s."hasLeagueSchool"`)}
         ORDER BY r.path, s.name ${page}`;
      break;
    case "C4":
      if (!inNum) break;
      rows = await db.$queryRaw<Row[]>`
        SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
               jsonb_build_object('domain', o.domain::text, 'foundedOn', o."foundedOn"::text) AS facts, count(*) OVER () AS total
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ${cid} AND ${orgLive} AND ${scope}
           AND ${rule.socialDomain}
         ORDER BY r.path, o.name ${page}`;
      break;
    case "C5":
      rows = await db.$queryRaw<Row[]>`
        SELECT u.id, NULL AS link, u.name, r.name AS place,
               jsonb_build_object('kind', u.kind::text, 'memberCount', u."memberCount", 'youngStaffCount', u."youngStaffCount") AS facts, count(*) OVER () AS total
          FROM "Unit" u JOIN "Region" r ON r.id = u."regionId"
         WHERE u."countyId" = ${cid} AND ${scope}
           AND ${rule.unitEligible} AND ${pick(rule.unitCovered)}
         ORDER BY r.path, u.name ${page}`;
      break;
    case "S1":
      if (!inNum) break;
      rows = await db.$queryRaw<Row[]>`
        SELECT c.id, 'cadre'::text AS link, c.name, o.name AS place,
               jsonb_build_object('staffingType', c."staffingType"::text, 'post', p.post::text, 'startedOn', p."startedOn"::text) AS facts, count(*) OVER () AS total
          FROM "CadrePosition" p JOIN "Cadre" c ON c.id = p."cadreId"
          JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'COUNTY_COMMITTEE'
          JOIN "Region" r ON r.id = o."regionId"
         WHERE p."countyId" = ${cid} AND ${positionLive} AND ${scope}
         ORDER BY c."staffingType", p.post, c.name ${page}`;
      break;
    case "S2": {
      const filled = rule.filledPosts;
      rows = await db.$queryRaw<Row[]>`
        SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
               jsonb_build_object('quota', o.quota, 'filled', ${filled}) AS facts, count(*) OVER () AS total
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ${cid} AND ${orgLive} AND o.quota > 0 AND ${scope}
           ${inNum ? Prisma.empty : Prisma.sql`AND ${filled} < o.quota`}
         ORDER BY r.path, o.name ${page}`;
      break;
    }
    case "F1":
      rows = await db.$queryRaw<Row[]>`
        SELECT r.id, NULL AS link, r.name, NULL AS place,
               jsonb_build_object('workFundsYuan', s."workFundsYuan", 'residents6to35', s."residents6to35") AS facts, count(*) OVER () AS total
          FROM "Region" r LEFT JOIN "RegionStat" s ON s."regionId" = r.id AND s.year = ${input.period.year}
         WHERE r."countyId" = ${cid} AND r.level = 'TOWNSHIP' AND ${scope}
           AND ${pick(rule.fundsMet)}
         ORDER BY r.path ${page}`;
      break;
    case "P2":
      if (!inNum) break;
      rows = await db.$queryRaw<Row[]>`
        SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
               ${memberFacts(Prisma.sql`, 'partyAppliedOn', m."partyAppliedOn"::text, 'recommendedOn', m."recommendedOn"::text, 'recommendationStatus', m."recommendationStatus"::text, 'activistOn', m."activistOn"::text, 'developmentTargetOn', m."developmentTargetOn"::text, 'admittedOn', m."admittedOn"::text`)} AS facts, count(*) OVER () AS total
          ${memberOf}
         WHERE ms."countyId" = ${cid} AND ${scope}
           AND (${rule.step("partyAppliedOn")} OR ${rule.recommendedApproved} OR ${rule.step("activistOn")} OR ${rule.step("developmentTargetOn")} OR ${rule.step("admittedOn")})
         ORDER BY m."partyAppliedOn", m.name ${page}`;
      break;
    case "S4":
    case "S5": {
      const kind: TTeamKind = input.indicator === "S4" ? "township" : "village";
      rows = await db.$queryRaw<Row[]>`
        WITH teams AS (
          SELECT o.id, o.name, r.name AS place, r.path, ${rule.teamCounts}
            FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
            LEFT JOIN "CadrePosition" p ON p."organisationId" = o.id AND ${positionLive}
           WHERE o."countyId" = ${cid} AND ${orgLive} AND ${rule.team[kind]} AND ${scope}
           GROUP BY o.id, o.name, r.name, r.path)
        SELECT id, 'org'::text AS link, name, place, jsonb_build_object('secretaries', s, 'deputies', d, 'members', m) AS facts, count(*) OVER () AS total
          FROM teams WHERE ${pick(rule.meetsStandard(kind))} ORDER BY path ${page}`;
      break;
    }
    case "S6":
      rows = await db.$queryRaw<Row[]>`
        SELECT c.id, 'cadre'::text AS link, c.name, r.name AS place,
               jsonb_build_object('organisation', o.name, 'birthDate', c."birthDate"::text, 'gender', c.gender::text, 'education', c.education::text, 'inVillageCommittees', c."inVillageCommittees") AS facts,
               count(*) OVER () AS total
          FROM "CadrePosition" p JOIN "Cadre" c ON c.id = p."cadreId"
          JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'BRANCH'
          JOIN "Region" r ON r.id = o."regionId" AND r.level IN ('VILLAGE', 'COMMUNITY')
         WHERE p."countyId" = ${cid} AND p.post = 'SECRETARY' AND ${positionLive} AND ${scope}
           AND ${pick(rule.young)}
         ORDER BY r.path ${page}`;
      break;
    case "S7": {
      const term = rule.termEnds;
      rows = await db.$queryRaw<Row[]>`
        SELECT o.id, 'org'::text AS link, o.name, r.name AS place,
               jsonb_build_object('termStartedOn', o."termStartedOn"::text, 'termEndsOn', ${term}::date::text) AS facts, count(*) OVER () AS total
          FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
         WHERE o."countyId" = ${cid} AND ${orgLive} AND ${scope} AND ${rule.hasTerm}
           AND ${pick(Prisma.sql`${term} > ${asOf}`)}
         ORDER BY r.path, o.name ${page}`;
      break;
    }
    case "P1":
      if (!inNum) {
        note = "drill.p1Denominator";
        break;
      }
      rows = await db.$queryRaw<Row[]>`
        SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
               ${memberFacts(Prisma.sql`, 'recommendedOn', m."recommendedOn"::text, 'admittedOn', m."admittedOn"::text`)} AS facts, count(*) OVER () AS total
          ${memberOf}
         WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.p1Counted}
         ORDER BY m."admittedOn", m.name ${page}`;
      break;
    case "M1":
      if (!inNum) break;
      rows = await db.$queryRaw<Row[]>`
        SELECT m.id, ${memberLink} AS link, m.name, r.name AS place, ${memberFacts(Prisma.sql`, 'category', m.category::text`)} AS facts, count(*) OVER () AS total
          ${memberOf}
         WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.joined}
         ORDER BY m."joinedOn", m.name ${page}`;
      break;
    case "M2":
      rows = await db.$queryRaw<Row[]>`
        SELECT m.id, ${memberLink} AS link, m.name, r.name AS place, ${memberFacts(Prisma.sql`, 'archiveCertifiedOn', m."archiveCertifiedOn"::text`)} AS facts, count(*) OVER () AS total
          ${memberOf}
         WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.joined}
           AND ${pick(rule.archived)}
         ORDER BY m."joinedOn", m.name ${page}`;
      break;
    case "M4":
      rows = await db.$queryRaw<Row[]>`
        SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
               ${memberFacts(Prisma.sql`, 'registrationStatus', (SELECT g.status::text FROM "MemberRegistration" g WHERE g."memberId" = m.id AND g.year = ${input.period.year})`)} AS facts, count(*) OVER () AS total
          ${memberOf}
         WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.memberOnAsOf}
           AND ${pick(rule.registered)}
         ORDER BY m.name, m.id ${page}`;
      break;
    default:
      break;
  }
  return {
    county: { code: county.code, name: county.name },
    indicator: input.indicator,
    part: input.part,
    asOf: rule.bounds.asOf,
    page: input.page,
    pageSize: DRILL_PAGE,
    total: Number(rows[0]?.total ?? 0),
    note,
    rows: rows.map(({ total: _t, place, ...r }) => ({ ...r, place: place ?? "" })),
  };
}
