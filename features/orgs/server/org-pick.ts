import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { ZPickInCounty, type TPickInCounty } from "@/lib/schemas/pick";
import { orgScope, type TActor } from "@/server/actor";
import { pickPageOf, pickWindow } from "@/server/paging";
import { containsText } from "@/server/search";
import { findCountyForActor } from "@/features/regions/server/regions";
import { parentOptionsWhere } from "./orgs";

/** Organisations of the county that people and units may belong to: live, and in the scope. */
export function liveOrgsWhere(countyId: string, actor: TActor): Prisma.OrganisationWhereInput {
  return { countyId, status: { in: ["ACTIVE", "RECTIFYING"] }, ...orgScope(actor) };
}

/**
 * Typed text matches the organisation's name, or the name or code of the place it stands in
 * (a village's name finds its branch).
 */
function matching(q: string): Prisma.OrganisationWhereInput {
  if (!q) return {};
  const has = containsText(q);
  return { OR: [{ name: has }, { region: { name: has } }, { region: { code: has } }] };
}

async function pick(db: Db, actor: TActor, raw: TPickInCounty, scope: (countyId: string) => Prisma.OrganisationWhereInput) {
  const input = ZPickInCounty.parse(raw);
  const county = await findCountyForActor(db, actor, input.countyCode);
  const rows = await db.organisation.findMany({
    // Both sides of the AND keep their own OR: the scope's (a township committee's parents) and the text's.
    where: { AND: [scope(county.id), matching(input.q)] },
    orderBy: [{ region: { path: "asc" } }, { name: "asc" }, { id: "asc" }],
    ...pickWindow(input),
    select: { id: true, name: true, type: true, region: { select: { name: true } } },
  });
  return pickPageOf(
    rows.map((o) => ({ value: o.id, label: o.name, type: o.type, place: o.region.name })),
    input,
  );
}

/** A page of the organisations a member, cadre or unit may be put in (as member.orgOptions). */
export const pickOrgs = (db: Db, actor: TActor, raw: TPickInCounty) => pick(db, actor, raw, (countyId) => liveOrgsWhere(countyId, actor));

/** A page of the organisations that may be chosen as a parent (as org.parentOptions). */
export const pickParents = (db: Db, actor: TActor, raw: TPickInCounty) => pick(db, actor, raw, (countyId) => parentOptionsWhere(countyId, actor));

/**
 * Organisations of the county a member may belong to (branches and committees in scope), all at
 * once for a list kept on the phone; forms page through them with org.pick.
 */
export async function memberOrgOptions(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  return db.organisation.findMany({
    where: liveOrgsWhere(county.id, actor),
    orderBy: [{ region: { path: "asc" } }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
