import { teamShortfalls, type TTeamKind } from "@/features/settings/standards";
import type { Db } from "@/server/db";
import type { TActor } from "@/server/actor";
import { ratio } from "@/features/indicators/server/indicators";
import { findCountyForActor } from "@/features/regions/server/regions";
import { indicatorRules } from "@/features/indicators/server/rules";
import { getSettings, provinceOfPath } from "@/features/settings/server/settings";
import { yearInBeijing } from "@/lib/time";

type Row = {
  id: string;
  name: string;
  level: string;
  place: string;
  township: string | null;
  s: bigint;
  d: bigint;
  m: bigint;
};

/**
 * The township and village teams of a county measured against the staffing standards as of today,
 * with the indicator engine's own rules (which teams count, which posts are held, the standard
 * itself), so this list and S4/S5 always agree; returns the teams that fall short and what each is
 * missing.
 */
export async function staffingStandards(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const settings = await getSettings(db, { provinceCode: provinceOfPath(county.path), year: yearInBeijing() });
  const rule = indicatorRules({ year: yearInBeijing() }, settings);
  const rows = await db.$queryRaw<Row[]>`
    SELECT o.id, o.name, r.level::text AS level, r.name AS place, t.name AS township, ${rule.teamCounts}
      FROM "Organisation" o
      JOIN "Region" r ON r.id = o."regionId"
      LEFT JOIN "Region" t ON t.id = r."parentId" AND r.level IN ('VILLAGE', 'COMMUNITY')
      LEFT JOIN "CadrePosition" p ON p."organisationId" = o.id AND ${rule.positionLive}
     WHERE o."countyId" = ${county.id} AND ${rule.orgLive}
       AND r.path LIKE ${actor.scopePath + "%"}
       AND ((${rule.team.township}) OR (${rule.team.village}))
     GROUP BY o.id, o.name, r.level, r.name, r.path, t.name
     ORDER BY r.path`;
  const teams = rows.map((r) => {
    const kind: TTeamKind = r.level === "TOWNSHIP" ? "township" : "village";
    const counts = { secretaries: Number(r.s), deputies: Number(r.d), members: Number(r.m) };
    return { id: r.id, name: r.name, kind, place: r.place, township: r.township ?? r.place, counts, shortfalls: teamShortfalls(kind, counts, settings.teamStandards) };
  });
  const summary = (kind: TTeamKind) => {
    const of = teams.filter((t) => t.kind === kind);
    return ratio(of.filter((t) => t.shortfalls.length === 0).length, of.length);
  };
  return {
    county: { code: county.code, name: county.name },
    /** The standards in force for the county's province this year (the teamStandards setting). */
    standards: settings.teamStandards,
    township: summary("township"),
    village: summary("village"),
    shortTeams: teams.filter((t) => t.shortfalls.length > 0),
  };
}
