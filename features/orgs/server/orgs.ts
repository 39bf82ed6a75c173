import type { OrgType, Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import {
  ORG_SORTS,
  ZListOrgsInput,
  type TCreateOrgInput,
  type TListOrgsInput,
  type TSetOrgStatusInput,
  type TUpdateOrgInput,
} from "@/features/orgs/schema";
import { assertCan, orgScope, regionScope, type TActor } from "@/server/actor";
import { listHistory, writeAudit } from "@/features/audit/server/audit";
import { DomainError, badInput, notFound, versionConflict } from "@/server/errors";
import { pageOf, pageWindow } from "@/server/paging";
import { orderOf } from "@/server/list";
import { containsText } from "@/server/search";
import type { TSortDir } from "@/lib/list";
import { findCountyForActor } from "@/features/regions/server/regions";
import { todayDate } from "@/lib/time";

export const ORG_SELECT = {
  id: true,
  name: true,
  type: true,
  domain: true,
  setupMode: true,
  status: true,
  regionId: true,
  countyId: true,
  parentId: true,
  foundedOn: true,
  endedOn: true,
  termStartedOn: true,
  note: true,
  quota: true,
  synthetic: true,
  version: true,
  updatedAt: true,
  region: { select: { name: true, code: true, level: true } },
  county: { select: { code: true, name: true } },
  parent: { select: { name: true } },
} satisfies Prisma.OrganisationSelect;

type OrgRow = Prisma.OrganisationGetPayload<{ select: typeof ORG_SELECT }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

export function presentOrg(o: OrgRow) {
  return { ...o, foundedOn: day(o.foundedOn), endedOn: day(o.endedOn), termStartedOn: day(o.termStartedOn), updatedAt: o.updatedAt.toISOString() };
}
export type TOrg = ReturnType<typeof presentOrg>;

/** The fields a change is judged by, as they go into the history. */
function snapshot(o: OrgRow) {
  return {
    name: o.name,
    type: o.type,
    domain: o.domain,
    setupMode: o.setupMode,
    status: o.status,
    region: o.region.name,
    parent: o.parent?.name ?? null,
    foundedOn: day(o.foundedOn),
    endedOn: day(o.endedOn),
    termStartedOn: day(o.termStartedOn),
    note: o.note,
    quota: o.quota,
    version: o.version,
  };
}

/** The roster filter, shared by the list and its export. */
export function orgListWhere(countyId: string, actor: TActor, input: ReturnType<typeof ZListOrgsInput.parse>): Prisma.OrganisationWhereInput {
  return {
    countyId,
    ...orgScope(actor),
    ...(input.type && { type: input.type }),
    ...(input.domain && { domain: input.domain }),
    ...(input.status && { status: input.status }),
    ...(input.townshipId && {
      OR: [{ regionId: input.townshipId }, { region: { parentId: input.townshipId } }],
    }),
    ...(input.q && { name: containsText(input.q) }),
  };
}

/** The list's order: the chosen column, else by place and name (the order of the county's own tree). */
export function orgOrder(input: { sort?: (typeof ORG_SORTS)[number]; dir: TSortDir }) {
  return orderOf<(typeof ORG_SORTS)[number], Prisma.OrganisationOrderByWithRelationInput>(
    {
      name: (d) => [{ name: d }],
      type: (d) => [{ type: d }, { name: "asc" }],
      domain: (d) => [{ domain: d }, { name: "asc" }],
      region: (d) => [{ region: { path: d } }, { name: "asc" }],
      status: (d) => [{ status: d }, { name: "asc" }],
    },
    input,
    [{ region: { path: "asc" } }, { name: "asc" }],
  );
}

/** The organisations that match a list's filter, in its order: a page of the list, or an export. */
export async function findOrgs(db: Db, actor: TActor, input: ReturnType<typeof ZListOrgsInput.parse>, window: { skip: number; take: number }) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  const where = orgListWhere(county.id, actor, input);
  const [total, rows] = await Promise.all([db.organisation.count({ where }), db.organisation.findMany({ where, orderBy: orgOrder(input), ...window, select: ORG_SELECT })]);
  return { county, total, items: rows.map(presentOrg) };
}

export async function listOrgs(db: Db, actor: TActor, raw: TListOrgsInput) {
  const input = ZListOrgsInput.parse(raw);
  const { county, total, items } = await findOrgs(db, actor, input, pageWindow(input));
  return pageOf(county, total, items, input);
}

async function getRow(db: Db | Prisma.TransactionClient, actor: TActor, id: string) {
  const row = await db.organisation.findFirst({ where: { id, ...orgScope(actor) }, select: ORG_SELECT });
  if (!row) throw notFound();
  return row;
}

export async function getOrg(db: Db, actor: TActor, id: string) {
  const row = await getRow(db, actor, id);
  return { org: presentOrg(row), history: await listHistory(db, "Organisation", id, { maskPersonal: false }) };
}

/** Checks where an organisation may sit and returns the county it belongs to. */
async function checkPlacement(
  tx: Prisma.TransactionClient,
  actor: TActor,
  input: Pick<TCreateOrgInput, "regionId" | "parentId" | "type">,
) {
  const region = await tx.region.findFirst({
    where: { id: input.regionId, ...regionScope(actor) },
    select: { id: true, level: true, countyId: true },
  });
  // Outside the scope reads as absent, as for any other row.
  if (!region) throw new DomainError("NOT_FOUND", "v.regionOutside", "regionId");
  if (!region.countyId) throw badInput("regionId", "v.regionLevel");
  if (input.type === "COUNTY_COMMITTEE" && region.level !== "COUNTY") {
    throw badInput("type", "v.countyCommitteeLevel");
  }
  if (input.parentId) {
    // A parent the account may not use reads as absent, like any row outside its scope.
    const parent = await tx.organisation.findFirst({
      where: { id: input.parentId, countyId: region.countyId, ...parentScope(actor, input.type, region.level) },
      select: { id: true },
    });
    if (!parent) throw new DomainError("NOT_FOUND", "v.parentOutside", "parentId");
  }
  return region.countyId;
}

const PARENT_TYPES: OrgType[] = ["COUNTY_COMMITTEE", "COMMITTEE", "WORKING_COMMITTEE", "GENERAL_BRANCH"];

/**
 * The parents an account may choose: organisations in its scope, and also, for a township
 * committee, the county committee above it (which lies outside a township cadre's scope).
 */
function parentScope(actor: TActor, type?: OrgType, level?: string): Prisma.OrganisationWhereInput {
  const townshipCommittee = (type === undefined || type === "COMMITTEE" || type === "WORKING_COMMITTEE") && (level === undefined || level === "TOWNSHIP");
  return townshipCommittee ? { OR: [orgScope(actor), { type: "COUNTY_COMMITTEE" }] } : orgScope(actor);
}

/** The stored fields of an organisation as the form gives them, in the county its place lies in. */
function orgFields(input: TCreateOrgInput, countyId: string) {
  return {
    name: input.name,
    type: input.type,
    domain: input.domain,
    setupMode: input.setupMode,
    regionId: input.regionId,
    countyId,
    parentId: input.parentId,
    foundedOn: toDate(input.foundedOn),
    termStartedOn: toDate(input.termStartedOn),
    note: input.note,
    quota: input.quota,
  };
}

export async function createOrg(db: Db, actor: TActor, input: TCreateOrgInput) {
  assertCan(actor, "editOrgs");
  return db.$transaction(async (tx) => {
    const countyId = await checkPlacement(tx, actor, input);
    const created = await tx.organisation.create({ data: orgFields(input, countyId), select: ORG_SELECT });
    await writeAudit(tx, actor, {
      action: "create",
      entity: "Organisation",
      entityId: created.id,
      countyId,
      before: null,
      after: snapshot(created),
    });
    return presentOrg(created);
  });
}

/**
 * Applies a change only to the version the user edited; if someone saved in between, the change
 * is refused rather than silently overwriting theirs.
 */
async function updateVersioned(
  tx: Prisma.TransactionClient,
  actor: TActor,
  id: string,
  version: number,
  data: Prisma.OrganisationUncheckedUpdateManyInput | ((before: OrgRow) => Prisma.OrganisationUncheckedUpdateManyInput),
) {
  const before = await getRow(tx, actor, id);
  const { count } = await tx.organisation.updateMany({
    where: { id, version, ...orgScope(actor) },
    data: { ...(typeof data === "function" ? data(before) : data), version: { increment: 1 } },
  });
  // The values stored now travel with the refusal, so the form can show them beside the user's.
  if (count === 0) throw versionConflict(presentOrg(await getRow(tx, actor, id)));
  return { before, after: await getRow(tx, actor, id) };
}

export async function updateOrg(db: Db, actor: TActor, input: TUpdateOrgInput) {
  assertCan(actor, "editOrgs");
  return db.$transaction(async (tx) => {
    const countyId = await checkPlacement(tx, actor, input);
    const { before, after } = await updateVersioned(tx, actor, input.id, input.version, orgFields(input, countyId));
    await writeAudit(tx, actor, {
      action: "update",
      entity: "Organisation",
      entityId: input.id,
      countyId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return presentOrg(after);
  });
}

export async function setOrgStatus(db: Db, actor: TActor, input: TSetOrgStatusInput) {
  assertCan(actor, "changeOrgStatus");
  return db.$transaction(async (tx) => {
    // A merged or dissolved organisation keeps the day it ended, so earlier figures still count it.
    const ends = input.status === "MERGED" || input.status === "DISSOLVED";
    const { before, after } = await updateVersioned(tx, actor, input.id, input.version, (was) => ({
      status: input.status,
      endedOn: ends ? (was.endedOn ?? todayDate()) : null,
    }));
    await writeAudit(tx, actor, {
      action: "status",
      entity: "Organisation",
      entityId: input.id,
      countyId: after.countyId,
      before: snapshot(before),
      after: { ...snapshot(after), reason: input.reason },
    });
    return presentOrg(after);
  });
}

/** Organisations of the county the account may choose as a parent. */
export function parentOptionsWhere(countyId: string, actor: TActor): Prisma.OrganisationWhereInput {
  return { countyId, type: { in: PARENT_TYPES }, status: { in: ["ACTIVE", "RECTIFYING"] }, ...parentScope(actor) };
}

/** All of them at once, for a list kept on the phone; forms page through them with org.pickParents. */
export async function listParentOptions(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  return db.organisation.findMany({
    where: parentOptionsWhere(county.id, actor),
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, name: true, type: true },
  });
}
