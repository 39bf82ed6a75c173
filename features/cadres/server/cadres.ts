import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import {
  CADRE_SORTS,
  ZListCadresInput,
  type TCreateCadreInput,
  type TListCadresInput,
  type TUpdateCadreInput,
} from "@/features/cadres/schema";
import { seesPersonalData } from "@/lib/permissions";
import { assertCan, orgScope, type TActor } from "@/server/actor";
import { listHistory, writeAudit } from "@/features/audit/server/audit";
import { DomainError, alreadyDecided, conflict, notFound, versionConflict } from "@/server/errors";
import { day, personalUpdate, personalView, toDate, uniqueViolation } from "@/features/people/server/people";
import { pageOf, pageWindow } from "@/server/paging";
import { orderOf } from "@/server/list";
import { containsText } from "@/server/search";
import type { TSortDir } from "@/lib/list";
import { findCountyForActor } from "@/features/regions/server/regions";
import { todayDate } from "@/lib/time";

export const CADRE_SELECT = {
  id: true,
  countyId: true,
  name: true,
  gender: true,
  birthDate: true,
  idNumber: true,
  phone: true,
  education: true,
  staffingType: true,
  source: true,
  inVillageCommittees: true,
  synthetic: true,
  version: true,
  county: { select: { code: true } },
  positions: {
    orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }],
    select: {
      id: true,
      post: true,
      startedOn: true,
      endedOn: true,
      organisation: { select: { id: true, name: true, region: { select: { name: true } } } },
    },
  },
} satisfies Prisma.CadreSelect;

type Row = Prisma.CadreGetPayload<{ select: typeof CADRE_SELECT }>;

export function presentCadre(actor: TActor, r: Row) {
  return personalView(actor, {
    ...r,
    birthDate: day(r.birthDate) ?? "",
    positions: r.positions.map((p) => ({ ...p, startedOn: day(p.startedOn), endedOn: day(p.endedOn) })),
  });
}

function snapshot(r: Row) {
  return {
    name: r.name,
    gender: r.gender,
    birthDate: day(r.birthDate),
    idNumber: r.idNumber,
    phone: r.phone,
    education: r.education,
    staffingType: r.staffingType,
    source: r.source,
    inVillageCommittees: r.inVillageCommittees,
    positions: r.positions.map((p) => `${p.organisation.name} ${p.post} ${day(p.startedOn)}–${day(p.endedOn) ?? ""}`).join("; "),
    version: r.version,
  };
}

/** Cadres are in scope through the organisations they hold posts in, or their county. */
function cadreScope(actor: TActor): Prisma.CadreWhereInput {
  return actor.regionLevel === "TOWNSHIP" || actor.regionLevel === "VILLAGE" || actor.regionLevel === "COMMUNITY"
    ? { positions: { some: { organisation: orgScope(actor) } } }
    : { county: { path: { startsWith: actor.scopePath } } };
}

/** The roster filter, shared by the list and its export. */
export function cadreListWhere(countyId: string, actor: TActor, input: ReturnType<typeof ZListCadresInput.parse>): Prisma.CadreWhereInput {
  const positionFilter: Prisma.CadrePositionWhereInput = {
    endedOn: null,
    ...(input.post && { post: input.post }),
    ...(input.townshipId && {
      organisation: { OR: [{ regionId: input.townshipId }, { region: { parentId: input.townshipId } }] },
    }),
  };
  return {
    AND: [
      { countyId },
      cadreScope(actor),
      ...(input.staffingType ? [{ staffingType: input.staffingType }] : []),
      ...(input.post || input.townshipId ? [{ positions: { some: positionFilter } }] : []),
      ...(input.q ? [{ name: containsText(input.q) }] : []),
    ],
  };
}

/** The list's order: the chosen column, else by name. */
export function cadreOrder(input: { sort?: (typeof CADRE_SORTS)[number]; dir: TSortDir }) {
  return orderOf<(typeof CADRE_SORTS)[number], Prisma.CadreOrderByWithRelationInput>(
    { name: (d) => [{ name: d }], staffingType: (d) => [{ staffingType: d }, { name: "asc" }] },
    input,
    [{ name: "asc" }],
  );
}

/** The cadres that match a list's filter, in its order: a page of the list, or an export. */
export async function findCadres(db: Db, actor: TActor, input: ReturnType<typeof ZListCadresInput.parse>, window: { skip: number; take: number }) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  const where = cadreListWhere(county.id, actor, input);
  const [total, rows] = await Promise.all([db.cadre.count({ where }), db.cadre.findMany({ where, orderBy: cadreOrder(input), ...window, select: CADRE_SELECT })]);
  return { county, total, items: rows.map((r) => presentCadre(actor, r)) };
}

/** The stored fields of a new cadre, from the form or a row of an import, in its county. */
export function cadreFields(c: Omit<TCreateCadreInput, "position">, countyId: string) {
  return {
    countyId,
    name: c.name,
    gender: c.gender,
    birthDate: toDate(c.birthDate) ?? new Date(0),
    idNumber: c.idNumber ?? null,
    phone: c.phone ?? null,
    education: c.education,
    staffingType: c.staffingType,
    source: c.source,
    inVillageCommittees: c.inVillageCommittees,
  };
}

export async function listCadres(db: Db, actor: TActor, raw: TListCadresInput) {
  const input = ZListCadresInput.parse(raw);
  const { county, total, items } = await findCadres(db, actor, input, pageWindow(input));
  return pageOf(county, total, items, input);
}

async function getRow(db: Db | Prisma.TransactionClient, actor: TActor, id: string) {
  const row = await db.cadre.findFirst({ where: { AND: [{ id }, cadreScope(actor)] }, select: CADRE_SELECT });
  if (!row) throw notFound();
  return row;
}

export async function getCadre(db: Db, actor: TActor, id: string) {
  const row = await getRow(db, actor, id);
  return {
    cadre: presentCadre(actor, row),
    history: await listHistory(db, "Cadre", id, { maskPersonal: !seesPersonalData(actor, row.countyId) }),
  };
}

async function orgInScope(tx: Prisma.TransactionClient, actor: TActor, organisationId: string) {
  const org = await tx.organisation.findFirst({ where: { id: organisationId, ...orgScope(actor) }, select: { id: true, countyId: true } });
  if (!org) throw new DomainError("NOT_FOUND", "v.orgOutside", "organisationId");
  return org;
}

export async function createCadre(db: Db, actor: TActor, input: TCreateCadreInput) {
  assertCan(actor, "editPeople");
  return db
    .$transaction(async (tx) => {
      const org = await orgInScope(tx, actor, input.position.organisationId);
      const created = await tx.cadre.create({
        data: {
          ...cadreFields(input, org.countyId),
          positions: {
            create: {
              organisationId: org.id,
              countyId: org.countyId,
              post: input.position.post,
              startedOn: toDate(input.position.startedOn) ?? todayDate(),
            },
          },
        },
        select: CADRE_SELECT,
      });
      await writeAudit(tx, actor, { action: "create", entity: "Cadre", entityId: created.id, countyId: org.countyId, before: null, after: snapshot(created) });
      return presentCadre(actor, created);
    })
    .catch((e: unknown) => uniqueViolation(e, { idNumber: "v.idTaken" }));
}

export async function updateCadre(db: Db, actor: TActor, input: TUpdateCadreInput) {
  assertCan(actor, "editPeople");
  return db
    .$transaction(async (tx) => {
      const before = await getRow(tx, actor, input.id);
      const { count } = await tx.cadre.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          name: input.name,
          gender: input.gender,
          birthDate: toDate(input.birthDate) ?? before.birthDate,
          ...personalUpdate(actor, before.countyId, before, input),
          education: input.education,
          staffingType: input.staffingType,
          source: input.source,
          inVillageCommittees: input.inVillageCommittees,
          version: { increment: 1 },
        },
      });
      // The values stored now travel with the refusal, so the form can show them beside the user's.
      if (count === 0) throw versionConflict(presentCadre(actor, await getRow(tx, actor, input.id)));
      const after = await getRow(tx, actor, input.id);
      await writeAudit(tx, actor, { action: "update", entity: "Cadre", entityId: input.id, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
      return presentCadre(actor, after);
    })
    .catch((e: unknown) => uniqueViolation(e, { idNumber: "v.idTaken" }));
}

export async function addPosition(
  db: Db,
  actor: TActor,
  input: { cadreId: string; version: number; organisationId: string; post: TCreateCadreInput["position"]["post"]; startedOn: string },
) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const before = await getRow(tx, actor, input.cadreId);
    const org = await orgInScope(tx, actor, input.organisationId);
    const { count } = await tx.cadre.updateMany({ where: { id: input.cadreId, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await tx.cadrePosition.create({
      data: { cadreId: input.cadreId, organisationId: org.id, countyId: org.countyId, post: input.post, startedOn: toDate(input.startedOn) ?? todayDate() },
    });
    const after = await getRow(tx, actor, input.cadreId);
    await writeAudit(tx, actor, { action: "position", entity: "Cadre", entityId: input.cadreId, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
    return presentCadre(actor, after);
  });
}

/** A post already ended: the message names who ended it, when, and the day it ended. */
async function endedAlready(tx: Prisma.TransactionClient, positionId: string): Promise<never> {
  const p = await tx.cadrePosition.findUniqueOrThrow({ where: { id: positionId }, select: { endedOn: true, endedAt: true, endedById: true } });
  const who = p.endedById ? (await tx.user.findUnique({ where: { id: p.endedById }, select: { displayName: true } }))?.displayName : null;
  throw alreadyDecided("cadre.positionEndedAlready", who, p.endedAt, { endedOn: day(p.endedOn) });
}

/** Ends a post on a day; of two simultaneous ends one wins, the other is told who ended it. */
export async function endPosition(db: Db, actor: TActor, input: { positionId: string; endedOn: string }) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const position = await tx.cadrePosition.findFirst({
      where: { id: input.positionId, organisation: orgScope(actor) },
      select: { id: true, cadreId: true, startedOn: true, endedOn: true },
    });
    if (!position) throw notFound();
    if (position.endedOn) await endedAlready(tx, position.id);
    if (day(position.startedOn)! > input.endedOn) throw new DomainError("BAD_INPUT", "v.pipelineOrder", "endedOn");
    const before = await getRow(tx, actor, position.cadreId);
    const { count } = await tx.cadrePosition.updateMany({
      where: { id: position.id, endedOn: null },
      data: { endedOn: toDate(input.endedOn), endedById: actor.id, endedAt: new Date() },
    });
    if (count === 0) await endedAlready(tx, position.id);
    await tx.cadre.update({ where: { id: position.cadreId }, data: { version: { increment: 1 } } });
    const after = await getRow(tx, actor, position.cadreId);
    await writeAudit(tx, actor, { action: "position", entity: "Cadre", entityId: position.cadreId, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
    return presentCadre(actor, after);
  });
}
