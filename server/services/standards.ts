import { teamShortfalls, type TTeamKind } from "@/lib/standards";
import type { Db } from "../db";
import type { TActor } from "./actor";
import { ratio } from "./indicators";
import { findCountyForActor } from "./regions";

type Row = {
  id: string;
  name: string;
  level: string;
  place: string;
  township: string | null;
  secretaries: bigint;
  deputies: bigint;
  members: bigint;
};

/**
 * The township and village teams of a county measured against the staffing standards, counted
 * in SQL from the current posts; returns the teams that fall short and what each is missing.
 */
export async function staffingStandards(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const rows = await db.$queryRaw<Row[]>`
    SELECT o.id, o.name, r.level::text AS level, r.name AS place, t.name AS township,
           count(p.id) FILTER (WHERE p.post = 'SECRETARY') AS secretaries,
           count(p.id) FILTER (WHERE p.post = 'DEPUTY_SECRETARY') AS deputies,
           count(p.id) FILTER (WHERE p.post = 'COMMITTEE_MEMBER') AS members
      FROM "Organisation" o
      JOIN "Region" r ON r.id = o."regionId"
      LEFT JOIN "Region" t ON t.id = r."parentId" AND r.level IN ('VILLAGE', 'COMMUNITY')
      LEFT JOIN "CadrePosition" p ON p."organisationId" = o.id AND p."endedOn" IS NULL
     WHERE o."countyId" = ${county.id}
       AND o.status IN ('ACTIVE', 'RECTIFYING')
       AND r.path LIKE ${actor.scopePath + "%"}
       AND o.domain IN ('RURAL', 'COMMUNITY')
       AND ((o.type IN ('COMMITTEE', 'WORKING_COMMITTEE') AND r.level = 'TOWNSHIP')
         OR (o.type = 'BRANCH' AND r.level IN ('VILLAGE', 'COMMUNITY')))
     GROUP BY o.id, o.name, r.level, r.name, r.path, t.name
     ORDER BY r.path`;
  const teams = rows.map((r) => {
    const kind: TTeamKind = r.level === "TOWNSHIP" ? "township" : "village";
    const counts = { secretaries: Number(r.secretaries), deputies: Number(r.deputies), members: Number(r.members) };
    return { id: r.id, name: r.name, kind, place: r.place, township: r.township ?? r.place, counts, shortfalls: teamShortfalls(kind, counts) };
  });
  const summary = (kind: TTeamKind) => {
    const of = teams.filter((t) => t.kind === kind);
    return ratio(of.filter((t) => t.shortfalls.length === 0).length, of.length);
  };
  return {
    county: { code: county.code, name: county.name },
    township: summary("township"),
    village: summary("village"),
    shortTeams: teams.filter((t) => t.shortfalls.length > 0),
  };
}
