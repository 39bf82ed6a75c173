import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { ZPickPlacesInput, type TPickPlacesInput } from "@/features/regions/schema";
import { regionScope, type TActor } from "@/server/actor";
import { pickPageOf, pickWindow } from "@/server/paging";
import { containsText } from "@/server/search";
import { findCountyForActor } from "./regions";

/**
 * A page of the places in a county where the actor may put something (as region.orgPlaces), by
 * name or code; each with its township and whether it already has a live organisation.
 */
export async function pickPlaces(db: Db, actor: TActor, raw: TPickPlacesInput) {
  const input = ZPickPlacesInput.parse(raw);
  const county = await findCountyForActor(db, actor, input.countyCode);
  const has = containsText(input.q);
  const where: Prisma.RegionWhereInput = {
    countyId: county.id,
    ...regionScope(actor),
    ...(input.levels && { level: { in: input.levels } }),
    ...(input.q && { OR: [{ name: has }, { code: has }] }),
  };
  const rows = await db.region.findMany({
    where,
    orderBy: { path: "asc" },
    ...pickWindow(input),
    select: {
      id: true,
      name: true,
      level: true,
      parentId: true,
      parent: { select: { name: true, level: true } },
      _count: { select: { organisations: { where: { status: { in: ["ACTIVE", "RECTIFYING"] } } } } },
    },
  });
  return pickPageOf(
    rows.map((r) => ({
      value: r.id,
      label: r.name,
      level: r.level,
      parentId: r.parentId,
      township: r.parent?.level === "TOWNSHIP" ? r.parent.name : null,
      hasOrg: r._count.organisations > 0,
    })),
    input,
  );
}
