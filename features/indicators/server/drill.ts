import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { TPeriod } from "@/features/indicators/period";
import type { TActor } from "@/server/actor";
import { indicatorRules } from "./rules";
import { FAMILIES } from "./families";
import { findCountyForActor } from "@/features/regions/server/regions";
import { getSettings, provinceOfPath } from "@/features/settings/server/settings";

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
  const rule = indicatorRules(input.period, await getSettings(db, { provinceCode: provinceOfPath(county.path), year: input.period.year }), { asOf: input.asOf });
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

  const family = FAMILIES.find((f) => f.codes.includes(input.indicator));
  const drill = family?.drill[input.indicator]?.({ rule, period: input.period, cid, scope, inNum, pick, page, memberOf, memberLink, memberFacts }) ?? null;
  const rows = drill && "note" in drill ? [] : drill ? await db.$queryRaw<Row[]>(drill) : [];
  const note = drill && "note" in drill ? drill.note : null;
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
