import type { Db } from "@/server/db";
import type { TStatInput } from "@/features/statistics/schema";
import { assertCan, regionScope, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { DomainError, versionConflict } from "@/server/errors";
import { findCountyForActor } from "@/features/regions/server/regions";

const SELECT = {
  id: true,
  regionId: true,
  year: true,
  residentYouth: true,
  residents6to35: true,
  workFundsYuan: true,
  newPartyMembersUnder28: true,
  version: true,
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

const figures = (r: { year: number; residentYouth: number | null; residents6to35: number | null; workFundsYuan: number | null; newPartyMembersUnder28: number | null; version: number }) => ({
  year: r.year,
  residentYouth: r.residentYouth,
  residents6to35: r.residents6to35,
  workFundsYuan: r.workFundsYuan,
  newPartyMembersUnder28: r.newPartyMembersUnder28,
  version: r.version,
});

/**
 * Adds or changes one region's figures for a year. A change applies only to the version the user
 * edited, and of two first entries of the same region and year the second is refused: either way
 * the refusal carries the values stored now, to be shown beside the user's own.
 */
export async function saveStat(db: Db, actor: TActor, input: TStatInput) {
  assertCan(actor, "editStats");
  return db.$transaction(async (tx) => {
    const region = await tx.region.findFirst({
      where: { id: input.regionId, level: { in: ["COUNTY", "TOWNSHIP"] }, ...regionScope(actor) },
      select: { id: true, countyId: true },
    });
    if (!region) throw new DomainError("NOT_FOUND", "v.regionOutside", "regionId");
    const key = { regionId_year: { regionId: region.id, year: input.year } };
    const existing = await tx.regionStat.findUnique({ where: key, select: SELECT });
    const data = {
      residentYouth: input.residentYouth,
      residents6to35: input.residents6to35,
      workFundsYuan: input.workFundsYuan,
      newPartyMembersUnder28: input.newPartyMembersUnder28,
      updatedById: actor.id,
    };
    if (existing) {
      const { count } = await tx.regionStat.updateMany({ where: { id: existing.id, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw versionConflict(figures((await tx.regionStat.findUniqueOrThrow({ where: key, select: SELECT }))));
    } else {
      // Inserted only if nobody inserted the same region and year meanwhile (that insert is waited for).
      const { count } = await tx.regionStat.createMany({ data: [{ regionId: region.id, countyId: region.countyId!, year: input.year, ...data }], skipDuplicates: true });
      if (count === 0 || input.version !== null) throw versionConflict(figures(await tx.regionStat.findUniqueOrThrow({ where: key, select: SELECT })));
    }
    const saved = await tx.regionStat.findUniqueOrThrow({ where: key, select: SELECT });
    await writeAudit(tx, actor, { action: existing ? "update" : "create", entity: "RegionStat", entityId: saved.id, countyId: region.countyId, before: existing && figures(existing), after: figures(saved) });
    return { ...saved, updatedAt: saved.updatedAt.toISOString() };
  });
}
