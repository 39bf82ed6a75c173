import { Prisma } from "@/server/generated/prisma/client.ts";
import { periodBounds, type TPeriod } from "@/features/indicators/period";
import type { TSettings } from "@/features/settings/settings";
import type { TTeamKind, TTeamStandards } from "@/features/settings/standards";

const LIVE = Prisma.sql`('ACTIVE', 'RECTIFYING')`;
const NOT_SOCIAL = Prisma.sql`('MIDDLE_SCHOOL', 'VOCATIONAL_SCHOOL', 'UNIVERSITY', 'GOVERNMENT', 'PUBLIC_INSTITUTION')`;
const BRANCH_TYPES = Prisma.sql`('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'GENERAL_BRANCH')`;

/** A team staffing standard (the `teamStandards` setting) as a SQL condition over counts s, d, m. */
function meetsStandard(standards: TTeamStandards, kind: TTeamKind): Prisma.Sql {
  const std = standards[kind];
  const cond = (col: string, [min, max]: readonly [number, number | null]) =>
    max === null ? `${col} >= ${Number(min)}` : `${col} BETWEEN ${Number(min)} AND ${Number(max)}`;
  return Prisma.raw(`(${cond("s", std.secretaries)} AND ${cond("d", std.deputies)} AND ${cond("m", std.members)})`);
}

/** Membership ms holds on day `d`: begun by then, not yet ended. */
function memberOn(d: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(ms."startedOn" <= ${d} AND (ms."endedOn" IS NULL OR ms."endedOn" > ${d}))`;
}

/**
 * What each indicator counts, as SQL conditions over the usual aliases (r region, o organisation,
 * p post, c cadre, m member, ms membership, h Youth Home, u unit, s statistics): the one definition
 * the figures, the drill-down and the staffing checker all use, so a list always holds exactly the
 * records a number counts.
 *
 * Members are counted from their dated memberships, never from their current organisation: a
 * member counts for a period where they belonged on the day that matters (the day they joined,
 * the day of a pipeline step, the period's as-of date), so a transfer or a departure today leaves
 * earlier periods as they were.
 */
export function indicatorRules(period: TPeriod, settings: TSettings, opts: { asOf?: string; today?: Date } = {}) {
  const bounds = periodBounds(period, opts.today, opts.asOf);
  const asOf = Prisma.sql`${bounds.asOf}::date`;
  const from = Prisma.sql`${bounds.from}::date`;
  const until = Prisma.sql`${bounds.until}::date`;
  const orgLive = Prisma.sql`(o.status IN ${LIVE} OR o."endedOn" > ${asOf}) AND (o."foundedOn" IS NULL OR o."foundedOn" <= ${asOf})`;
  const homeOpen = Prisma.sql`h."entityRun" AND (h."openedOn" IS NULL OR h."openedOn" <= ${asOf})`;
  const positionLive = Prisma.sql`p."startedOn" <= ${asOf} AND (p."endedOn" IS NULL OR p."endedOn" > ${asOf})`;
  /** Pipeline step `col` of member m happened in the period, while m belonged where ms says. */
  const step = (col: "partyAppliedOn" | "recommendedOn" | "activistOn" | "developmentTargetOn" | "admittedOn") => {
    const d = Prisma.raw(`m."${col}"`);
    return Prisma.sql`(${d} >= ${from} AND ${d} < ${until} AND ${memberOn(d)})`;
  };
  /**
   * Member m's recommendation stands approved at the period's end: approved before `until` (a
   * Beijing day), or approved with no decision time on record (imported as approved).
   */
  const approved = Prisma.sql`(m."recommendationStatus" = 'APPROVED' AND (m."recommendationDecidedAt" IS NULL
                               OR (m."recommendationDecidedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date < ${until}))`;
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
      CASE WHEN o.type IN ${BRANCH_TYPES} THEN ${settings.termYears.branch}::int ELSE ${settings.termYears.committee}::int END))`,
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
    meetsStandard: (kind: TTeamKind) => meetsStandard(settings.teamStandards, kind),
    /** S6: cadre c is 35 or younger on the as-of date. */
    young: Prisma.sql`c."birthDate" > ${asOf} - interval '36 years'`,
    /** M1, M2: member m joined in the period, and ms is the membership they joined in. */
    joined: Prisma.sql`m."joinedOn" >= ${from} AND m."joinedOn" < ${until} AND ms."startedOn" < ${until} AND ${memberOn(Prisma.sql`m."joinedOn"`)}`,
    /** M2: member m's e-archive was certified by the as-of date. */
    archived: Prisma.sql`COALESCE(m."archiveCertifiedOn" <= ${asOf}, false)`,
    /** M4: membership ms holds on the as-of date. */
    memberOnAsOf: memberOn(asOf),
    /** M4: the member of membership ms is registered for the period's year. */
    registered: Prisma.sql`EXISTS (SELECT 1 FROM "MemberRegistration" g WHERE g."memberId" = ms."memberId" AND g.year = ${period.year} AND g.status = 'REGISTERED')`,
    /** P2: the pipeline steps of member m in the period; a recommendation counts once the superior organisation approved it. */
    step,
    recommendedApproved: Prisma.sql`(${step("recommendedOn")} AND ${approved})`,
    /**
     * P1: member m was admitted this year up to the period's end, aged 28 or under, after a league
     * recommendation the superior organisation approved by the period's end; counted where they
     * belonged when admitted.
     */
    p1Counted: Prisma.sql`m."admittedOn" >= ${bounds.yearFrom}::date AND m."admittedOn" < ${until}
                          AND m."recommendedOn" IS NOT NULL AND ${approved}
                          AND m."admittedOn" < m."birthDate" + interval '29 years'
                          AND ${memberOn(Prisma.sql`m."admittedOn"`)}`,
    /** F1: township statistics s show enough work funds in all and per young resident. */
    fundsMet: Prisma.sql`COALESCE(s."workFundsYuan" >= ${settings.fundsTownshipYuan} AND s."residents6to35" > 0
                                  AND s."workFundsYuan" >= ${settings.fundsPerResidentYuan}::numeric * s."residents6to35", false)`,
  };
}

export type TIndicatorRules = ReturnType<typeof indicatorRules>;
