import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { TSchoolInput, TUnitInput, TYouthHomeInput } from "@/features/coverage/schema";
import { assertCan, orgScope, regionScope, type TActor } from "@/server/actor";
import { listHistory, writeAudit } from "@/features/audit/server/audit";
import { DomainError, conflict, notFound } from "@/server/errors";
import { ratio } from "@/features/indicators/server/indicators";
import { day, toDate } from "@/features/people/server/people";
import { indicatorOf } from "@/features/indicators/server/engine";
import { countyFactsFor } from "@/features/indicators/server/facts";
import { findCountyForActor } from "@/features/regions/server/regions";
import { getSettings, provinceOfPath } from "@/features/settings/server/settings";
import { yearInBeijing } from "@/lib/time";

type Tx = Prisma.TransactionClient;
export type TUnitKind = "school" | "unit" | "youthHome";
const ENTITY: Record<TUnitKind, string> = { school: "School", unit: "Unit", youthHome: "YouthHome" };
const BASE = { id: true, countyId: true, regionId: true, name: true, organisationId: true, synthetic: true, version: true, region: { select: { name: true } }, organisation: { select: { name: true } } } as const;

/** Where a coverage unit may sit: a township or village of the actor's scope; returns its county. */
async function placement(tx: Tx, actor: TActor, regionId: string, organisationId: string | null) {
  const region = await tx.region.findFirst({
    where: { id: regionId, level: { in: ["TOWNSHIP", "VILLAGE", "COMMUNITY"] }, ...regionScope(actor) },
    select: { countyId: true },
  });
  if (!region?.countyId) throw new DomainError("NOT_FOUND", "v.regionOutside", "regionId");
  if (organisationId) {
    // Only an organisation the account may use; any other reads as absent.
    const org = await tx.organisation.findFirst({ where: { id: organisationId, countyId: region.countyId, ...orgScope(actor) }, select: { id: true } });
    if (!org) throw new DomainError("NOT_FOUND", "v.orgOutside", "organisationId");
  }
  return region.countyId;
}

function delegate(tx: Tx | Db, kind: TUnitKind) {
  return (kind === "school" ? tx.school : kind === "unit" ? tx.unit : tx.youthHome) as unknown as {
    findFirst: (a: object) => Promise<Record<string, unknown> | null>;
    findMany: (a: object) => Promise<Record<string, unknown>[]>;
    create: (a: object) => Promise<Record<string, unknown>>;
    updateMany: (a: object) => Promise<{ count: number }>;
  };
}

const SELECT: Record<TUnitKind, object> = {
  school: { ...BASE, kind: true, hasLeagueSchool: true, leagueSchoolLevel: true },
  unit: { ...BASE, kind: true, memberCount: true, youngStaffCount: true },
  youthHome: { ...BASE, address: true, openedOn: true, entityRun: true },
};

function plain(row: Record<string, unknown>) {
  return row.openedOn !== undefined ? { ...row, openedOn: day(row.openedOn as Date | null) } : row;
}

/**
 * Saves a school, unit or Youth Home: a new one when `id` is null, else an edit of the version
 * the user saw. Every save is audited.
 */
export async function saveCoverageUnit(db: Db, actor: TActor, kind: TUnitKind, input: TSchoolInput | TUnitInput | TYouthHomeInput) {
  assertCan(actor, "editPeople");
  const { id, version, ...fields } = input;
  const data = "openedOn" in fields ? { ...fields, openedOn: toDate(fields.openedOn) } : fields;
  return db.$transaction(async (tx) => {
    const countyId = await placement(tx, actor, input.regionId, input.organisationId);
    const d = delegate(tx, kind);
    const select = SELECT[kind];
    let before: Record<string, unknown> | null = null;
    let saved: Record<string, unknown>;
    if (id) {
      before = await d.findFirst({ where: { id, region: regionScope(actor) }, select });
      if (!before) throw notFound();
      const { count } = await d.updateMany({ where: { id, version: version ?? 0 }, data: { ...data, countyId, version: { increment: 1 } } });
      if (count === 0) throw conflict();
      saved = (await d.findFirst({ where: { id }, select }))!;
    } else {
      saved = await d.create({ data: { ...data, countyId }, select });
    }
    const snap = (r: Record<string, unknown> | null) => {
      if (!r) return null;
      const { id: _i, countyId: _c, regionId: _r, organisationId: _o, synthetic: _s, region, organisation, ...rest } = plain(r) as Record<string, unknown>;
      return { ...rest, region: (region as { name: string }).name, organisation: (organisation as { name: string } | null)?.name ?? null } as Prisma.InputJsonValue;
    };
    await writeAudit(tx, actor, { action: id ? "update" : "create", entity: ENTITY[kind], entityId: saved.id as string, countyId, before: snap(before), after: snap(saved) });
    return plain(saved);
  });
}

export async function listCoverageUnits(db: Db, actor: TActor, kind: TUnitKind, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const rows = await delegate(db, kind).findMany({
    where: { countyId: county.id, region: regionScope(actor) },
    orderBy: [{ region: { path: "asc" } }, { name: "asc" }],
    take: 2000,
    select: SELECT[kind],
  });
  const settings = await getSettings(db, { provinceCode: provinceOfPath(county.path) });
  return rows.map((r) => {
    const out = plain(r) as Record<string, unknown>;
    if (kind === "unit") {
      out.eligible = (r.memberCount as number) >= settings.unitEligibleMembers || (r.youngStaffCount as number) >= settings.unitEligibleYoungStaff;
    }
    return out;
  });
}

export async function coverageUnitHistory(db: Db, actor: TActor, kind: TUnitKind, id: string) {
  const row = await delegate(db, kind).findFirst({ where: { id, region: regionScope(actor) }, select: { id: true } });
  if (!row) throw notFound();
  return listHistory(db, ENTITY[kind], id, { maskPersonal: false });
}

/**
 * C2, C3 and C5 of a county as the dashboards count them (this year, as of today), the number of
 * Youth Homes, and the thresholds C5 reads from the settings.
 */
export async function coverageSummary(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const [settings, facts, youthHomes] = await Promise.all([
    getSettings(db, { provinceCode: provinceOfPath(county.path) }),
    countyFactsFor(db, actor, county, { year: yearInBeijing() }),
    db.youthHome.count({ where: { countyId: county.id, region: regionScope(actor) } }),
  ]);
  const get = (code: string) => {
    const v = indicatorOf(facts, code)!;
    return ratio(v.numerator, v.denominator);
  };
  return {
    county: { code: county.code, name: county.name },
    c2: get("C2"),
    youthHomes,
    c3: get("C3"),
    c5: get("C5"),
    thresholds: { members: settings.unitEligibleMembers, youngStaff: settings.unitEligibleYoungStaff },
  };
}
