import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";
import { TERM_YEARS } from "@/lib/indicators/catalog";
import { periodBounds, periodLabel, type TPeriod } from "@/lib/indicators/period";
import type { TSettings } from "@/lib/settings";
import { TEAM_STANDARDS, type TTeamKind } from "@/lib/standards";
import type { TActor } from "./actor";
import { ratio, type TRatio } from "@/lib/indicators/ratio";
import { getSettings } from "./settings";

type Tx = Db | Prisma.TransactionClient;
type Num = bigint | number | null;
const n = (v: Num | undefined) => Number(v ?? 0);

export type TIndicatorValue = TRatio & {
  code: string;
  /** Parts that make up a count or a profile (S1 by staffing type, M1 by category, S6 shares). */
  parts?: Record<string, number>;
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

const LIVE = Prisma.sql`('ACTIVE', 'RECTIFYING')`;
const NOT_SOCIAL = Prisma.sql`('MIDDLE_SCHOOL', 'VOCATIONAL_SCHOOL', 'UNIVERSITY', 'GOVERNMENT', 'PUBLIC_INSTITUTION')`;
const BRANCH_TYPES = Prisma.sql`('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'GENERAL_BRANCH')`;

/** The staffing standard of lib/standards.ts as a SQL condition over counts s, d, m. */
function meetsStandard(kind: TTeamKind): Prisma.Sql {
  const std = TEAM_STANDARDS[kind];
  const cond = (col: string, [min, max]: readonly [number, number | null]) =>
    max === null ? `${col} >= ${Number(min)}` : `${col} BETWEEN ${Number(min)} AND ${Number(max)}`;
  return Prisma.raw(`(${cond("s", std.secretaries)} AND ${cond("d", std.deputies)} AND ${cond("m", std.members)})`);
}

/**
 * What each indicator counts, as SQL conditions over the usual aliases (r region, o organisation,
 * p post, c cadre, m member, h Youth Home, u unit, s statistics): the one definition the figures
 * and the drill-down both use, so a list always holds exactly the records a number counts.
 */
export function indicatorRules(period: TPeriod, settings: TSettings, opts: { asOf?: string; today?: Date } = {}) {
  const bounds = periodBounds(period, opts.today, opts.asOf);
  const asOf = Prisma.sql`${bounds.asOf}::date`;
  const from = Prisma.sql`${bounds.from}::date`;
  const until = Prisma.sql`${bounds.until}::date`;
  const orgLive = Prisma.sql`(o.status IN ${LIVE} OR o."endedOn" > ${asOf}) AND (o."foundedOn" IS NULL OR o."foundedOn" <= ${asOf})`;
  const homeOpen = Prisma.sql`h."entityRun" AND (h."openedOn" IS NULL OR h."openedOn" <= ${asOf})`;
  const positionLive = Prisma.sql`p."startedOn" <= ${asOf} AND (p."endedOn" IS NULL OR p."endedOn" > ${asOf})`;
  return {
    bounds,
    asOf,
    /** Events count from `from` up to (not including) `until`. */
    from,
    until,
    /** Organisation o is live on the as-of date (ended ones until the day they ended). */
    orgLive,
    /** Post p is held on the as-of date. */
    positionLive,
    /** C1: village or community r has a live organisation. */
    villageCovered: Prisma.sql`EXISTS (SELECT 1 FROM "Organisation" o WHERE o."regionId" = r.id AND ${orgLive})`,
    /** C2: Youth Home h is entity-run and open; township r has one. */
    homeOpen,
    townshipHasHome: Prisma.sql`EXISTS (SELECT 1 FROM "YouthHome" h WHERE h."regionId" = r.id AND ${homeOpen})`,
    /** C5: unit u must have an organisation (thresholds in the settings); it has a live one. */
    unitEligible: Prisma.sql`(u."memberCount" >= ${settings.unitEligibleMembers} OR u."youngStaffCount" >= ${settings.unitEligibleYoungStaff})`,
    unitCovered: Prisma.sql`EXISTS (SELECT 1 FROM "Organisation" o WHERE o.id = u."organisationId" AND ${orgLive})`,
    /** C4: organisation o is in the social domain. */
    socialDomain: Prisma.sql`o.domain NOT IN ${NOT_SOCIAL}`,
    /** S7: organisation o has a term begun by the as-of date; the day it ends. */
    hasTerm: Prisma.sql`o."termStartedOn" IS NOT NULL AND o."termStartedOn" <= ${asOf}`,
    termEnds: Prisma.sql`(o."termStartedOn" + make_interval(years =>
      CASE WHEN o.type IN ${BRANCH_TYPES} THEN ${TERM_YEARS.branch}::int ELSE ${TERM_YEARS.committee}::int END))`,
    /** S2: the posts held in organisation o on the as-of date. */
    filledPosts: Prisma.sql`(SELECT count(*) FROM "CadrePosition" p WHERE p."organisationId" = o.id AND ${positionLive})`,
    /** S4, S5: organisation o in region r is a township team or a village team; its post counts s, d, m; they meet the standard. */
    team: {
      township: Prisma.sql`o.domain IN ('RURAL', 'COMMUNITY') AND o.type IN ('COMMITTEE', 'WORKING_COMMITTEE') AND r.level = 'TOWNSHIP'`,
      village: Prisma.sql`o.domain IN ('RURAL', 'COMMUNITY') AND o.type = 'BRANCH' AND r.level IN ('VILLAGE', 'COMMUNITY')`,
    },
    teamCounts: Prisma.sql`count(p.id) FILTER (WHERE p.post = 'SECRETARY') AS s,
                           count(p.id) FILTER (WHERE p.post = 'DEPUTY_SECRETARY') AS d,
                           count(p.id) FILTER (WHERE p.post = 'COMMITTEE_MEMBER') AS m`,
    meetsStandard,
    /** S6: cadre c is 35 or younger on the as-of date. */
    young: Prisma.sql`c."birthDate" > ${asOf} - interval '36 years'`,
    /** M1, M2: member m joined in the period. */
    joined: Prisma.sql`m."joinedOn" >= ${from} AND m."joinedOn" < ${until}`,
    /** M4: member m is registered for the period's year. */
    registered: Prisma.sql`COALESCE(m."registeredYear" >= ${period.year}, false)`,
    /** P1: member m was admitted this year up to the period's end, through recommendation, aged 28 or under. */
    p1Counted: Prisma.sql`m."admittedOn" >= ${bounds.yearFrom}::date AND m."admittedOn" < ${until}
                          AND m."recommendedOn" IS NOT NULL AND m."admittedOn" < m."birthDate" + interval '29 years'`,
    /** F1: township statistics s show enough work funds in all and per young resident. */
    fundsMet: Prisma.sql`COALESCE(s."workFundsYuan" >= ${settings.fundsTownshipYuan} AND s."residents6to35" > 0
                                  AND s."workFundsYuan" >= ${settings.fundsPerResidentYuan} * s."residents6to35", false)`,
  };
}

/**
 * Every catalogued indicator for each of the given counties and one period, computed straight
 * from the rosters and the entered statistics by GROUP BY county: a fixed number of queries
 * whatever the number of counties. With `scopePath` the figures cover only that part of the
 * county (a township cadre's township).
 */
export async function computeCountyFacts(
  db: Tx,
  countyIds: string[],
  period: TPeriod,
  opts: { settings?: TSettings; scopePath?: string; asOf?: string; today?: Date } = {},
): Promise<Map<string, TCountyFacts>> {
  const out = new Map<string, TCountyFacts>();
  if (countyIds.length === 0) return out;
  const rule = indicatorRules(period, opts.settings ?? (await getSettings(db)), opts);
  const { asOf, positionLive, orgLive } = rule;
  const ids = Prisma.sql`${countyIds}::text[]`;
  const scope = opts.scopePath ? Prisma.sql`AND r.path LIKE ${opts.scopePath + "%"}` : Prisma.empty;
  const memberScope = opts.scopePath
    ? Prisma.sql`AND m."organisationId" IN (SELECT o.id FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId" WHERE o."countyId" = ANY(${ids}) ${scope})`
    : Prisma.empty;

  const [c1, townships, schools, units, orgs, s1, teams, s6, members, pipeline, stats, s2, f1] = await Promise.all([
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
    db.$queryRaw<{ cid: string; new_members: Num; archived: Num; junior_high: Num; senior_high: Num; vocational: Num; university: Num; social: Num; members: Num; registered: Num }[]>`
      SELECT m."countyId" AS cid,
             count(*) FILTER (WHERE ${rule.joined}) AS new_members,
             count(*) FILTER (WHERE ${rule.joined} AND m."archiveCertified") AS archived,
             count(*) FILTER (WHERE ${rule.joined} AND m.category = 'JUNIOR_HIGH') AS junior_high,
             count(*) FILTER (WHERE ${rule.joined} AND m.category = 'SENIOR_HIGH') AS senior_high,
             count(*) FILTER (WHERE ${rule.joined} AND m.category = 'VOCATIONAL') AS vocational,
             count(*) FILTER (WHERE ${rule.joined} AND m.category = 'UNIVERSITY') AS university,
             count(*) FILTER (WHERE ${rule.joined} AND m.category = 'SOCIAL') AS social,
             count(*) FILTER (WHERE m."joinedOn" <= ${asOf}) AS members,
             count(*) FILTER (WHERE m."joinedOn" <= ${asOf} AND ${rule.registered}) AS registered
        FROM "Member" m
       WHERE m."countyId" = ANY(${ids}) AND m.status = 'ACTIVE' ${memberScope}
       GROUP BY m."countyId"`,
    db.$queryRaw<{ cid: string; applied: Num; recommended: Num; activists: Num; targets: Num; admitted: Num; p1: Num }[]>`
      SELECT m."countyId" AS cid,
             count(*) FILTER (WHERE m."partyAppliedOn" >= ${rule.from} AND m."partyAppliedOn" < ${rule.until}) AS applied,
             count(*) FILTER (WHERE m."recommendedOn" >= ${rule.from} AND m."recommendedOn" < ${rule.until}) AS recommended,
             count(*) FILTER (WHERE m."activistOn" >= ${rule.from} AND m."activistOn" < ${rule.until}) AS activists,
             count(*) FILTER (WHERE m."developmentTargetOn" >= ${rule.from} AND m."developmentTargetOn" < ${rule.until}) AS targets,
             count(*) FILTER (WHERE m."admittedOn" >= ${rule.from} AND m."admittedOn" < ${rule.until}) AS admitted,
             count(*) FILTER (WHERE ${rule.p1Counted}) AS p1
        FROM "Member" m
       WHERE m."countyId" = ANY(${ids}) ${memberScope}
       GROUP BY m."countyId"`,
    db.$queryRaw<{ cid: string; under28: number | null }[]>`
      SELECT s."regionId" AS cid, s."newPartyMembersUnder28" AS under28
        FROM "RegionStat" s WHERE s."regionId" = ANY(${ids}) AND s.year = ${period.year}`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT o."countyId" AS cid, sum(o.quota) AS den,
             sum(least(o.quota, ${rule.filledPosts})) AS num
        FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
       WHERE o."countyId" = ANY(${ids}) AND ${orgLive} AND o.quota > 0 ${scope}
       GROUP BY o."countyId"`,
    db.$queryRaw<{ cid: string; den: Num; num: Num }[]>`
      SELECT r."countyId" AS cid, count(*) AS den,
             count(*) FILTER (WHERE ${rule.fundsMet}) AS num
        FROM "Region" r LEFT JOIN "RegionStat" s ON s."regionId" = r.id AND s.year = ${period.year}
       WHERE r."countyId" = ANY(${ids}) AND r.level = 'TOWNSHIP' ${scope}
       GROUP BY r."countyId"`,
  ]);

  const byCounty = <T extends { cid: string }>(rows: T[]) => new Map(rows.map((r) => [r.cid, r]));
  const C1 = byCounty(c1), C2 = byCounty(townships), C3 = byCounty(schools), C5 = byCounty(units), O = byCounty(orgs);
  const S2 = byCounty(s2), F1 = byCounty(f1);
  const S1 = byCounty(s1), S6 = byCounty(s6), M = byCounty(members), P = byCounty(pipeline), ST = byCounty(stats);
  const team = new Map(teams.map((t) => [`${t.cid}/${t.kind}`, t]));
  const count = (code: string, value: number, parts?: Record<string, number>): TIndicatorValue => ({ code, numerator: value, denominator: 1, value, parts });
  const r = (row: { den: Num; num: Num } | undefined) => ratio(n(row?.num), n(row?.den));

  for (const cid of countyIds) {
    const o = O.get(cid), s1r = S1.get(cid), s6r = S6.get(cid), m = M.get(cid), p = P.get(cid), st = ST.get(cid);
    const under28 = st?.under28 ?? null;
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
        { code: "P1", ...(under28 === null ? { numerator: n(p?.p1), denominator: 0, value: null } : ratio(n(p?.p1), under28)) },
        count("P2", n(p?.admitted), { applied: n(p?.applied), recommended: n(p?.recommended), activists: n(p?.activists), targets: n(p?.targets), admitted: n(p?.admitted) }),
        count("M1", n(m?.new_members), { JUNIOR_HIGH: n(m?.junior_high), SENIOR_HIGH: n(m?.senior_high), VOCATIONAL: n(m?.vocational), UNIVERSITY: n(m?.university), SOCIAL: n(m?.social) }),
        { code: "M2", ...ratio(n(m?.archived), n(m?.new_members)) },
        { code: "M4", ...ratio(n(m?.registered), n(m?.members)) },
        { code: "F1", ...r(F1.get(cid)) },
      ],
    });
  }
  return out;
}

type FactRow = { cid: string; version: string; changedAt: Date; factVersion: string | null; payload: TCountyFacts | null };

/**
 * The kept figures of the given counties for a period: one indexed read when they are current;
 * counties whose records changed since (their dataVersion moved, see the indicator_facts
 * migration's triggers) are recomputed together and kept again. Exact at every moment: a kept
 * figure is used only with the very version it was computed at.
 */
export async function keptCountyFacts(db: Db, countyIds: string[], period: TPeriod, opts: { asOf?: string; today?: Date } = {}) {
  const bounds = periodBounds(period, opts.today, opts.asOf);
  const key = bounds.key;
  const read = () => db.$queryRaw<FactRow[]>`
    SELECT s."countyId" AS cid, s."dataVersion"::text AS version, s."changedAt" AS "changedAt",
           f."dataVersion"::text AS "factVersion", f.payload
      FROM "CountyState" s
      LEFT JOIN "IndicatorFact" f ON f."countyId" = s."countyId" AND f."periodKey" = ${key}
     WHERE s."countyId" = ANY(${countyIds}::text[])`;
  let rows = await read();
  if (rows.length < countyIds.length) {
    await db.$executeRaw`INSERT INTO "CountyState" ("countyId") SELECT unnest(${countyIds}::text[]) ON CONFLICT DO NOTHING`;
    rows = await read();
  }
  const facts = new Map<string, TCountyFacts>();
  const changedAt = new Map(rows.map((r) => [r.cid, r.changedAt]));
  const stale: string[] = [];
  for (const r of rows) {
    if (r.payload && r.factVersion === r.version) facts.set(r.cid, r.payload);
    else stale.push(r.cid);
  }
  if (stale.length) {
    // Versions and figures are read in one snapshot, so each figure is exactly that version's;
    // they are kept afterwards, outside it, never over a figure of a newer version.
    const { versions, computed } = await db.$transaction(
      async (tx) => {
        const versions = await tx.$queryRaw<{ cid: string; version: string; changedAt: Date }[]>`
          SELECT "countyId" AS cid, "dataVersion"::text AS version, "changedAt" AS "changedAt" FROM "CountyState" WHERE "countyId" = ANY(${stale}::text[])`;
        return { versions, computed: await computeCountyFacts(tx, stale, period, opts) };
      },
      { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
    );
    if (versions.length) {
      const payload = versions.map((v) => ({ cid: v.cid, version: v.version, payload: computed.get(v.cid)! }));
      await db.$executeRaw`
        INSERT INTO "IndicatorFact" ("countyId", "periodKey", "dataVersion", payload)
        SELECT x.cid, ${key}, x.version::bigint, x.payload
          FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(cid text, version text, payload jsonb)
        ON CONFLICT ("countyId", "periodKey") DO UPDATE SET "dataVersion" = EXCLUDED."dataVersion", payload = EXCLUDED.payload, "computedAt" = now()
         WHERE "IndicatorFact"."dataVersion" <= EXCLUDED."dataVersion"`;
    }
    if (bounds.running) {
      // A running period is kept under today's date; the figures of its earlier days are done with.
      await db.$executeRaw`DELETE FROM "IndicatorFact" WHERE "countyId" = ANY(${stale}::text[])
                             AND "periodKey" LIKE ${periodLabel(period) + "@%"} AND "periodKey" < ${key}`;
    }
    for (const v of versions) changedAt.set(v.cid, v.changedAt);
    for (const [cid, f] of computed) facts.set(cid, f);
  }
  return { facts, changedAt };
}

/**
 * One county's figures as the actor may see them: the kept whole-county figures when their scope
 * covers the county, else computed live for their part of it (a township cadre's township).
 */
export async function countyFactsFor(db: Db, actor: TActor, county: { id: string; path: string }, period: TPeriod, asOf?: string): Promise<TCountyFacts> {
  if (county.path.startsWith(actor.scopePath)) {
    return (await keptCountyFacts(db, [county.id], period, { asOf })).facts.get(county.id)!;
  }
  return (await computeCountyFacts(db, [county.id], period, { scopePath: actor.scopePath, asOf })).get(county.id)!;
}
