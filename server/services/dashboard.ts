import type { Db } from "../db";
import { INDICATORS, TERM_YEARS, light } from "@/lib/indicators/catalog";
import type { TActor } from "./actor";
import { countyC1, ratio, type TRatio } from "./indicators";
import { pipelineBoard } from "./pipeline";
import { findCountyForActor, findPrefectureForActor } from "./regions";
import { staffingStandards } from "./standards";
import { coverageSummary } from "./units";

type Row = Record<string, bigint | number | null>;
const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export type TIndicatorValue = TRatio & {
  code: string;
  /** Parts that make up a count or a profile (S1 by staffing type, M1 by category, S6 shares). */
  parts?: Record<string, number>;
};

/**
 * Every catalogued indicator of one county for one year, each with its numerator and
 * denominator, computed in SQL from the rosters and the entered statistics.
 */
export async function countyDashboard(db: Db, actor: TActor, countyCode: string, year: number) {
  const county = await findCountyForActor(db, actor, countyCode);
  const scope = `${actor.scopePath}%`;
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const asOf = new Date(Math.min(Date.now(), to.getTime() - 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));

  const [c1, coverage, standards, pipeline] = await Promise.all([
    countyC1(db, actor, countyCode),
    coverageSummary(db, actor, countyCode),
    staffingStandards(db, actor, countyCode),
    pipelineBoard(db, actor, countyCode, year),
  ]);

  const [s1] = await db.$queryRaw<Row[]>`
    SELECT count(*) FILTER (WHERE c."staffingType" = 'FULL_TIME') AS full_time,
           count(*) FILTER (WHERE c."staffingType" = 'SECONDED') AS seconded,
           count(*) FILTER (WHERE c."staffingType" = 'PART_TIME') AS part_time
      FROM "CadrePosition" p
      JOIN "Cadre" c ON c.id = p."cadreId"
      JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'COUNTY_COMMITTEE'
     WHERE p."countyId" = ${county.id} AND p."startedOn" <= ${asOf} AND (p."endedOn" IS NULL OR p."endedOn" > ${asOf})`;

  const [s6] = await db.$queryRaw<Row[]>`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE c."birthDate" > ${yearEnd}::date - interval '36 years') AS young,
           count(*) FILTER (WHERE c."birthDate" >= DATE '1990-01-01') AS born1990,
           count(*) FILTER (WHERE c.gender = 'FEMALE') AS women,
           count(*) FILTER (WHERE c.education IN ('JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) AS college,
           count(*) FILTER (WHERE c."inVillageCommittees") AS two_committees
      FROM "CadrePosition" p
      JOIN "Cadre" c ON c.id = p."cadreId"
      JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'BRANCH'
      JOIN "Region" r ON r.id = o."regionId" AND r.level IN ('VILLAGE', 'COMMUNITY')
     WHERE p."countyId" = ${county.id} AND p.post = 'SECRETARY' AND p."endedOn" IS NULL AND r.path LIKE ${scope}`;

  const [orgs] = await db.$queryRaw<Row[]>`
    SELECT count(*) FILTER (WHERE o.domain NOT IN ('MIDDLE_SCHOOL', 'VOCATIONAL_SCHOOL', 'UNIVERSITY', 'GOVERNMENT', 'PUBLIC_INSTITUTION')) AS social,
           count(*) FILTER (WHERE o."termStartedOn" IS NOT NULL) AS with_term,
           count(*) FILTER (WHERE o."termStartedOn" IS NOT NULL AND o."termStartedOn" + make_interval(years =>
             CASE WHEN o.type IN ('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'GENERAL_BRANCH') THEN ${TERM_YEARS.branch}::int ELSE ${TERM_YEARS.committee}::int END) > ${asOf}) AS on_time
      FROM "Organisation" o JOIN "Region" r ON r.id = o."regionId"
     WHERE o."countyId" = ${county.id} AND o.status IN ('ACTIVE', 'RECTIFYING') AND r.path LIKE ${scope}`;

  const [m] = await db.$queryRaw<Row[]>`
    SELECT count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to}) AS new_members,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m."archiveCertified") AS archived,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m.category = 'JUNIOR_HIGH') AS junior_high,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m.category = 'SENIOR_HIGH') AS senior_high,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m.category = 'VOCATIONAL') AS vocational,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m.category = 'UNIVERSITY') AS university,
           count(*) FILTER (WHERE m."joinedOn" >= ${from} AND m."joinedOn" < ${to} AND m.category = 'SOCIAL') AS social,
           count(*) FILTER (WHERE m."joinedOn" < ${to}) AS members,
           count(*) FILTER (WHERE m."joinedOn" < ${to} AND m."registeredYear" >= ${year}) AS registered
      FROM "Member" m JOIN "Organisation" o ON o.id = m."organisationId" JOIN "Region" r ON r.id = o."regionId"
     WHERE m."countyId" = ${county.id} AND m.status = 'ACTIVE' AND r.path LIKE ${scope}`;

  const count = (code: string, value: number, parts?: Record<string, number>): TIndicatorValue => ({ code, numerator: value, denominator: 1, value, parts });
  const values: TIndicatorValue[] = [
    { code: "C1", ...c1.total },
    { code: "C2", ...coverage.c2 },
    { code: "C3", ...coverage.c3 },
    count("C4", n(orgs?.social)),
    { code: "C5", ...coverage.c5 },
    count("S1", n(s1?.full_time) + n(s1?.seconded) + n(s1?.part_time), { FULL_TIME: n(s1?.full_time), SECONDED: n(s1?.seconded), PART_TIME: n(s1?.part_time) }),
    { code: "S4", ...standards.township },
    { code: "S5", ...standards.village },
    {
      code: "S6",
      ...ratio(n(s6?.young), n(s6?.total)),
      parts: { young: n(s6?.young), born1990: n(s6?.born1990), women: n(s6?.women), college: n(s6?.college), twoCommittees: n(s6?.two_committees), total: n(s6?.total) },
    },
    { code: "S7", ...ratio(n(orgs?.on_time), n(orgs?.with_term)) },
    { code: "P1", ...(pipeline.p1 ?? { numerator: pipeline.p1Numerator, denominator: 0, value: null }) },
    count("M1", n(m?.new_members), { JUNIOR_HIGH: n(m?.junior_high), SENIOR_HIGH: n(m?.senior_high), VOCATIONAL: n(m?.vocational), UNIVERSITY: n(m?.university), SOCIAL: n(m?.social) }),
    { code: "M2", ...ratio(n(m?.archived), n(m?.new_members)) },
    { code: "M4", ...ratio(n(m?.registered), n(m?.members)) },
  ];
  const defs = new Map(INDICATORS.map((d) => [d.code, d]));
  return {
    county: { code: county.code, name: county.name },
    year,
    indicators: values.map((v) => ({ ...v, light: light(defs.get(v.code)!, v.value) })),
    funnel: pipeline.funnel,
  };
}

/**
 * The counties of a prefecture side by side on the chosen indicators. Computed county by county
 * from the same functions as the county dashboard, so both always agree; kept aggregates for
 * province scale are the next step (issue: indicators at scale).
 */
export async function compareCounties(db: Db, actor: TActor, prefectureCode: string, year: number, codes: string[]) {
  const prefecture = await findPrefectureForActor(db, actor, prefectureCode);
  const counties = await db.region.findMany({
    where: { parentId: prefecture.id, level: "COUNTY", path: { startsWith: actor.scopePath } },
    orderBy: { code: "asc" },
    select: { code: true, name: true, synthetic: true },
  });
  const wanted = new Set(codes.length ? codes : INDICATORS.map((i) => i.code));
  const rows = [];
  for (const c of counties) {
    const d = await countyDashboard(db, actor, c.code, year);
    rows.push({ county: c, indicators: d.indicators.filter((i) => wanted.has(i.code)) });
  }
  return { prefecture: { code: prefecture.code, name: prefecture.name }, year, counties: rows };
}
