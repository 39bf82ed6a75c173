import type { Db } from "../db";
import type { TStatInput } from "@/lib/schemas/stat";
import { assertCan, regionScope, type TActor } from "./actor";
import { writeAudit } from "./audit";
import { DomainError, conflict } from "./errors";
import { findCountyForActor } from "./regions";

const SELECT = {
  id: true,
  regionId: true,
  year: true,
  residentYouth: true,
  residents6to35: true,
  workFundsYuan: true,
  newPartyMembersUnder28: true,
  updatedAt: true,
  region: { select: { name: true, level: true } },
} as const;

/** The statistics entered for a county and its townships, with who last entered each. */
export async function listStats(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const regions = await db.region.findMany({
    where: { OR: [{ id: county.id }, { parentId: county.id, level: "TOWNSHIP" }], ...regionScope(actor) },
    orderBy: { path: "asc" },
    select: { id: true, name: true, level: true },
  });
  const rows = await db.regionStat.findMany({
    where: { regionId: { in: regions.map((r) => r.id) } },
    orderBy: [{ year: "desc" }, { region: { path: "asc" } }],
    select: SELECT,
  });
  const audit = await db.auditEntry.findMany({
    where: { entity: "RegionStat", entityId: { in: rows.map((r) => r.id) } },
    orderBy: { at: "desc" },
    distinct: ["entityId"],
    select: { entityId: true, at: true, actor: { select: { displayName: true } } },
  });
  const last = new Map(audit.map((a) => [a.entityId, { who: a.actor.displayName, at: a.at.toISOString() }]));
  return {
    county: { code: county.code, name: county.name },
    regions,
    rows: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString(), lastChange: last.get(r.id) ?? null })),
  };
}

/** Adds or changes one region's figures for a year; a change made on stale figures is refused. */
export async function saveStat(db: Db, actor: TActor, input: TStatInput) {
  assertCan(actor, "editStats");
  return db.$transaction(async (tx) => {
    const region = await tx.region.findFirst({
      where: { id: input.regionId, level: { in: ["COUNTY", "TOWNSHIP"] }, ...regionScope(actor) },
      select: { id: true, countyId: true },
    });
    if (!region) throw new DomainError("NOT_FOUND", "v.regionOutside", "regionId");
    const existing = await tx.regionStat.findUnique({ where: { regionId_year: { regionId: region.id, year: input.year } }, select: SELECT });
    if (existing && existing.updatedAt.toISOString() !== input.basedOn) throw conflict();
    if (!existing && input.basedOn) throw conflict();
    const data = {
      residentYouth: input.residentYouth,
      residents6to35: input.residents6to35,
      workFundsYuan: input.workFundsYuan,
      newPartyMembersUnder28: input.newPartyMembersUnder28,
      updatedById: actor.id,
    };
    const saved = await tx.regionStat.upsert({
      where: { regionId_year: { regionId: region.id, year: input.year } },
      create: { regionId: region.id, countyId: region.countyId!, year: input.year, ...data },
      update: data,
      select: SELECT,
    });
    const figures = (r: typeof saved | null) =>
      r && { year: r.year, residentYouth: r.residentYouth, residents6to35: r.residents6to35, workFundsYuan: r.workFundsYuan, newPartyMembersUnder28: r.newPartyMembersUnder28 };
    await writeAudit(tx, actor, { action: existing ? "update" : "create", entity: "RegionStat", entityId: saved.id, countyId: region.countyId, before: figures(existing), after: figures(saved) });
    return { ...saved, updatedAt: saved.updatedAt.toISOString() };
  });
}
