import type { TRow } from "@/features/coverage/unit-kinds";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { UNIT_SORTS, ZListUnitsInput, type TListUnitsInput, type TSchoolInput, type TUnitInput, type TYouthHomeInput } from "@/features/coverage/schema";
import type { TSortDir } from "@/lib/list";
import { orderOf } from "@/server/list";
import { pageOf, pageWindow } from "@/server/paging";
import { containsText } from "@/server/search";
import { assertCan, orgScope, regionScope, type TActor } from "@/server/actor";
import { listHistory, writeAudit } from "@/features/audit/server/audit";
import { DomainError, notFound, versionConflict } from "@/server/errors";
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
    count: (a: object) => Promise<number>;
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
      // The values stored now travel with the refusal, so the form can show them beside the user's.
      if (count === 0) throw versionConflict(plain((await d.findFirst({ where: { id }, select }))!));
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

/** The list's order: the chosen column, else by place and name. */
export function unitOrder(input: { sort?: (typeof UNIT_SORTS)[number]; dir: TSortDir }) {
  return orderOf<(typeof UNIT_SORTS)[number], object>(
    {
      name: (d) => [{ name: d }],
      place: (d) => [{ region: { path: d } }, { name: "asc" }],
      org: (d) => [{ organisation: { name: { sort: d, nulls: "last" } } }, { name: "asc" }],
    },
    input,
    [{ region: { path: "asc" } }, { name: "asc" }],
  );
}

/** The units of one kind that match the list's filter, in its order, as rows of the list. */
export async function findCoverageUnits(db: Db, actor: TActor, input: ReturnType<typeof ZListUnitsInput.parse>, window: { skip: number; take: number }) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  const has = containsText(input.q);
  const where = { countyId: county.id, region: regionScope(actor), ...(input.q && { OR: [{ name: has }, { region: { name: has } }] }) };
  const [total, rows, settings] = await Promise.all([
    delegate(db, input.kind).count({ where }),
    delegate(db, input.kind).findMany({ where, orderBy: unitOrder(input), ...window, select: SELECT[input.kind] }),
    getSettings(db, { provinceCode: provinceOfPath(county.path) }),
  ]);
  // SELECT[kind] reads exactly the fields a row of that kind shows (TRow, shared with the list,
  // the export and the print); the kinds' own fields are optional there.
  const items = rows.map((r): TRow => {
    const out = plain(r) as TRow;
    if (input.kind !== "unit") return out;
    return { ...out, eligible: (out.memberCount ?? 0) >= settings.unitEligibleMembers || (out.youngStaffCount ?? 0) >= settings.unitEligibleYoungStaff };
  });
  return { county, total, items };
}

export async function listCoverageUnits(db: Db, actor: TActor, raw: TListUnitsInput) {
  const input = ZListUnitsInput.parse(raw);
  const { county, total, items } = await findCoverageUnits(db, actor, input, pageWindow(input));
  return pageOf(county, total, items, input);
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
