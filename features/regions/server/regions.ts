import type { Db } from "@/server/db";
import { regionScope, type TActor } from "@/server/actor";
import { notFound } from "@/server/errors";

const BELOW_COUNTY = new Set(["TOWNSHIP", "VILLAGE", "COMMUNITY"]);

/**
 * The county a county-level page is about. A township cadre's scope lies inside one county: they
 * may open that county's pages, and every query on them is still filtered to their township.
 */
export async function findCountyForActor(db: Db, actor: TActor, countyCode: string) {
  const county = await db.region.findFirst({
    where: BELOW_COUNTY.has(actor.regionLevel)
      ? { code: countyCode, level: "COUNTY", id: actor.countyId ?? "" }
      : { code: countyCode, level: "COUNTY", ...regionScope(actor) },
    select: { id: true, code: true, name: true, path: true, synthetic: true, parentId: true },
  });
  if (!county) throw notFound();
  return county;
}

export async function findPrefectureForActor(db: Db, actor: TActor, prefectureCode: string) {
  const prefecture = await db.region.findFirst({
    where: { code: prefectureCode, level: "PREFECTURE", ...regionScope(actor) },
    select: { id: true, code: true, name: true, path: true },
  });
  if (!prefecture) throw notFound();
  return prefecture;
}

/** Prefectures and counties the actor can open, for the home page and navigation. */
export async function listHomeRegions(db: Db, actor: TActor) {
  if (BELOW_COUNTY.has(actor.regionLevel)) {
    const county = await db.region.findFirst({
      where: { id: actor.countyId ?? "" },
      select: { code: true, name: true, level: true, synthetic: true },
    });
    return county ? [county] : [];
  }
  return db.region.findMany({
    where: { level: { in: ["PREFECTURE", "COUNTY"] }, ...regionScope(actor) },
    orderBy: { path: "asc" },
    select: { code: true, name: true, level: true, synthetic: true },
  });
}

/**
 * The places in a county where the actor may put an organisation, townships with their villages
 * and communities, each marked with whether it already has a live organisation.
 */
export async function listOrgPlaces(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const regions = await db.region.findMany({
    where: { countyId: county.id, ...regionScope(actor) },
    orderBy: { path: "asc" },
    select: {
      id: true,
      name: true,
      level: true,
      parentId: true,
      _count: {
        select: { organisations: { where: { status: { in: ["ACTIVE", "RECTIFYING"] } } } },
      },
    },
  });
  return regions.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    parentId: r.parentId,
    hasOrg: r._count.organisations > 0,
  }));
}

export async function listTownships(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  return db.region.findMany({
    where: { parentId: county.id, level: "TOWNSHIP", ...regionScope(actor) },
    orderBy: { code: "asc" },
    select: { id: true, name: true, code: true },
  });
}
