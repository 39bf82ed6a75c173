import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { TPeriod } from "@/features/indicators/period";
import type { TSettings } from "@/features/settings/settings";
import type { TTeamKind } from "@/features/settings/standards";
import { ratio, type TRatio } from "@/features/indicators/ratio";
import { indicatorRules } from "./rules";
import { getSettings } from "@/features/settings/server/settings";

type Tx = Db | Prisma.TransactionClient;
type Num = bigint | number | null;
const n = (v: Num | undefined) => Number(v ?? 0);

/** A statistic a figure needs and that nobody entered for its region and year. */
export type TMissing = { stat: "newPartyMembersUnder28" | "workFundsYuan" | "registration"; regionName: string; year: number };

export type TIndicatorValue = TRatio & {
  code: string;
  /** Parts that make up a count or a profile (S1 by staffing type, M1 by category, S6 shares). */
  parts?: Record<string, number>;
  /** Why there is no value: the statistic that was not entered (the value is then null). */
  missing?: TMissing;
};
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
  const rule = indicatorRules(period, opts.settings ?? (await getSettings(db)), opts);
  const { asOf, positionLive, orgLive } = rule;
  const ids = Prisma.sql`${countyIds}::text[]`;
  const scope = opts.scope ? Prisma.sql`AND r.path LIKE ${opts.scope.path + "%"}` : Prisma.empty;
  const orgsInScope = (col: Prisma.Sql) =>
    opts.scope
      ? Prisma.sql`AND ${col} IN (SELECT o.id FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId" WHERE o."countyId" = ANY(${ids}) ${scope})`
      : Prisma.empty;
  // P1's denominator is the statistic of the region the figure covers: the county, or the scope.
  const statRegions = opts.scope ? [opts.scope.regionId] : countyIds;

  const [c1, townships, schools, units, orgs, s1, teams, s6, joined, onRoll, registrations, pipeline, stats, s2, f1, names] = await Promise.all([
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT r."countyId" AS cid, count(*) AS den,
             count(*) FILTER (WHERE ${rule.villageCovered}) AS num
        FROM "Region" r
       WHERE r."countyId" = ANY(${ids}) AND r.level IN ('VILLAGE', 'COMMUNITY') ${scope}
       GROUP BY r."countyId"`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT r."countyId" AS cid, count(*) AS den,
             count(*) FILTER (WHERE ${rule.townshipHasHome}) AS num
        FROM "Region" r
       WHERE r."countyId" = ANY(${ids}) AND r.level = 'TOWNSHIP' ${scope}
       GROUP BY r."countyId"`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT s."countyId" AS cid, count(*) AS den, count(*) FILTER (WHERE s."hasLeagueSchool") AS num
        FROM "School" s JOIN "Region" r ON r.id = s."regionId"
       WHERE s."countyId" = ANY(${ids}) ${scope}
       GROUP BY s."countyId"`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT u."countyId" AS cid, count(*) AS den,
             count(*) FILTER (WHERE ${rule.unitCovered}) AS num
        FROM "Unit" u JOIN "Region" r ON r.id = u."regionId"
       WHERE u."countyId" = ANY(${ids}) AND ${rule.unitEligible} ${scope}
       GROUP BY u."countyId"`,
    db.$queryRaw<{ cid: string; social: Num; with_term: Num; on_time: Num }[]>`
      SELECT o."countyId" AS cid,
             count(*) FILTER (WHERE ${rule.socialDomain}) AS social,
             count(*) FILTER (WHERE ${rule.hasTerm}) AS with_term,
             count(*) FILTER (WHERE ${rule.hasTerm} AND ${rule.termEnds} > ${asOf}) AS on_time
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ANY(${ids}) AND ${orgLive} ${scope}
       GROUP BY o."countyId"`,
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
    db.$queryRaw<{ cid: string; new_members: Num; archived: Num; junior_high: Num; senior_high: Num; vocational: Num; university: Num; social: Num }[]>`
      SELECT ms."countyId" AS cid,
             count(*) AS new_members,
             count(*) FILTER (WHERE ${rule.archived}) AS archived,
             count(*) FILTER (WHERE m.category = 'JUNIOR_HIGH') AS junior_high,
             count(*) FILTER (WHERE m.category = 'SENIOR_HIGH') AS senior_high,
             count(*) FILTER (WHERE m.category = 'VOCATIONAL') AS vocational,
             count(*) FILTER (WHERE m.category = 'UNIVERSITY') AS university,
             count(*) FILTER (WHERE m.category = 'SOCIAL') AS social
        FROM "Membership" ms JOIN "Member" m ON m.id = ms."memberId"
       WHERE ms."countyId" = ANY(${ids}) AND ${rule.joined} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
       GROUP BY ms."countyId"`,
    db.$queryRaw<{ cid: string; members: Num; registered: Num }[]>`
      SELECT ms."countyId" AS cid, count(*) AS members, count(*) FILTER (WHERE ${rule.registered}) AS registered
        FROM "Membership" ms
       WHERE ms."countyId" = ANY(${ids}) AND ${rule.memberOnAsOf} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
       GROUP BY ms."countyId"`,
    db.$queryRaw<{ cid: string; recorded: Num }[]>`
      SELECT g."countyId" AS cid, count(*) AS recorded
        FROM "MemberRegistration" g
       WHERE g."countyId" = ANY(${ids}) AND g.year = ${period.year} ${orgsInScope(Prisma.sql`g."organisationId"`)}
       GROUP BY g."countyId"`,
    db.$queryRaw<{ cid: string; applied: Num; recommended: Num; activists: Num; targets: Num; admitted: Num; p1: Num }[]>`
      SELECT ms."countyId" AS cid,
             count(*) FILTER (WHERE ${rule.step("partyAppliedOn")}) AS applied,
             count(*) FILTER (WHERE ${rule.recommendedApproved}) AS recommended,
             count(*) FILTER (WHERE ${rule.step("activistOn")}) AS activists,
             count(*) FILTER (WHERE ${rule.step("developmentTargetOn")}) AS targets,
             count(*) FILTER (WHERE ${rule.step("admittedOn")}) AS admitted,
             count(*) FILTER (WHERE ${rule.p1Counted}) AS p1
        FROM "Membership" ms JOIN "Member" m ON m.id = ms."memberId"
       WHERE ms."countyId" = ANY(${ids}) AND m."partyAppliedOn" < ${rule.until} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
       GROUP BY ms."countyId"`,
    db.$queryRaw<{ rid: string; under28: number | null }[]>`
      SELECT s."regionId" AS rid, s."newPartyMembersUnder28" AS under28
        FROM "RegionStat" s WHERE s."regionId" = ANY(${statRegions}::text[]) AND s.year = ${period.year}`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT o."countyId" AS cid, sum(o.quota) AS den,
             sum(least(o.quota, ${rule.filledPosts})) AS num
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ANY(${ids}) AND ${orgLive} AND o.quota > 0 ${scope}
       GROUP BY o."countyId"`,
    db.$queryRaw<{ cid: string; den: Num; num: Num; entered: Num }[]>`
      SELECT r."countyId" AS cid, count(*) AS den,
             count(*) FILTER (WHERE ${rule.fundsMet}) AS num,
             count(s."workFundsYuan") AS entered
        FROM "Region" r LEFT JOIN "RegionStat" s ON s."regionId" = r.id AND s.year = ${period.year}
       WHERE r."countyId" = ANY(${ids}) AND r.level = 'TOWNSHIP' ${scope}
       GROUP BY r."countyId"`,
    db.region.findMany({ where: { id: { in: countyIds } }, select: { id: true, name: true } }),
  ]);

  const byCounty = <T extends { cid: string }>(rows: T[]) => new Map(rows.map((r) => [r.cid, r]));
  const C1 = byCounty(c1), C2 = byCounty(townships), C3 = byCounty(schools), C5 = byCounty(units), O = byCounty(orgs);
  const S2 = byCounty(s2), F1 = byCounty(f1), J = byCounty(joined), ON = byCounty(onRoll), REG = byCounty(registrations);
  const S1 = byCounty(s1), S6 = byCounty(s6), P = byCounty(pipeline);
  const under28 = new Map(stats.map((s) => [s.rid, s.under28]));
  const countyName = new Map(names.map((r) => [r.id, r.name]));
  const team = new Map(teams.map((t) => [`${t.cid}/${t.kind}`, t]));
  const count = (code: string, value: number, parts?: Record<string, number>): TIndicatorValue => ({ code, numerator: value, denominator: 1, value, parts });
  const r = (row: { den: Num; num: Num } | undefined) => ratio(n(row?.num), n(row?.den));

  for (const cid of countyIds) {
    const o = O.get(cid), s1r = S1.get(cid), s6r = S6.get(cid), j = J.get(cid), on = ON.get(cid), p = P.get(cid), f = F1.get(cid);
    const region = opts.scope ? { id: opts.scope.regionId, name: opts.scope.regionName } : { id: cid, name: countyName.get(cid) ?? "" };
    const missing = (stat: TMissing["stat"]): TMissing => ({ stat, regionName: region.name, year: period.year });
    const due = under28.get(region.id) ?? null;
    out.set(cid, {
      indicators: [
        { code: "C1", ...r(C1.get(cid)) },
        { code: "C2", ...r(C2.get(cid)) },
        { code: "C3", ...r(C3.get(cid)) },
        count("C4", n(o?.social)),
        { code: "C5", ...r(C5.get(cid)) },
        count("S1", n(s1r?.full_time) + n(s1r?.seconded) + n(s1r?.part_time), { FULL_TIME: n(s1r?.full_time), SECONDED: n(s1r?.seconded), PART_TIME: n(s1r?.part_time) }),
        { code: "S2", ...r(S2.get(cid)) },
        { code: "S4", ...r(team.get(`${cid}/township`)) },
        { code: "S5", ...r(team.get(`${cid}/village`)) },
        {
          code: "S6",
          ...ratio(n(s6r?.young), n(s6r?.total)),
          parts: { young: n(s6r?.young), born1990: n(s6r?.born1990), women: n(s6r?.women), college: n(s6r?.college), twoCommittees: n(s6r?.two), total: n(s6r?.total) },
        },
        { code: "S7", ...ratio(n(o?.on_time), n(o?.with_term)) },
        due === null
          ? { code: "P1", numerator: n(p?.p1), denominator: 0, value: null, missing: missing("newPartyMembersUnder28") }
          : { code: "P1", ...ratio(n(p?.p1), due) },
        // The funnel is the figure; its first stage stands as the numerator for totals.
        { code: "P2", numerator: n(p?.applied), denominator: 1, value: null, parts: { applied: n(p?.applied), recommended: n(p?.recommended), activists: n(p?.activists), targets: n(p?.targets), admitted: n(p?.admitted) } },
        count("M1", n(j?.new_members), { JUNIOR_HIGH: n(j?.junior_high), SENIOR_HIGH: n(j?.senior_high), VOCATIONAL: n(j?.vocational), UNIVERSITY: n(j?.university), SOCIAL: n(j?.social) }),
        { code: "M2", ...ratio(n(j?.archived), n(j?.new_members)) },
        n(REG.get(cid)?.recorded) === 0
          ? { code: "M4", numerator: 0, denominator: n(on?.members), value: null, missing: missing("registration") }
          : { code: "M4", ...ratio(n(on?.registered), n(on?.members)) },
        n(f?.entered) === 0 ? { code: "F1", numerator: 0, denominator: n(f?.den), value: null, missing: missing("workFundsYuan") } : { code: "F1", ...r(f) },
      ],
    });
  }
  return out;
}
