import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";
import { seesPersonalData } from "@/lib/permissions";
import {
  AGE_OUT,
  ZListMembersInput,
  type TCreateMemberInput,
  type TListMembersInput,
  type TUpdateMemberInput,
} from "@/lib/schemas/member";
import { assertCan, orgScope, type TActor } from "./actor";
import { listHistory, writeAudit } from "./audit";
import { DomainError, conflict, notFound } from "./errors";
import { day, personalView, toDate, uniqueViolation } from "./people";
import { pageOf, pageWindow } from "./paging";
import { findCountyForActor } from "./regions";
import { todayDate } from "@/lib/time";

export const MEMBER_SELECT = {
  id: true,
  countyId: true,
  organisationId: true,
  name: true,
  gender: true,
  birthDate: true,
  idNumber: true,
  phone: true,
  developmentNumber: true,
  joinedOn: true,
  category: true,
  archiveCertified: true,
  registeredYear: true,
  holdsPost: true,
  status: true,
  partyAppliedOn: true,
  recommendedOn: true,
  activistOn: true,
  developmentTargetOn: true,
  admittedOn: true,
  recommendationStatus: true,
  recommendationComment: true,
  synthetic: true,
  version: true,
  organisation: { select: { name: true } },
  county: { select: { code: true } },
} satisfies Prisma.MemberSelect;

type Row = Prisma.MemberGetPayload<{ select: typeof MEMBER_SELECT }>;
const DATES = ["birthDate", "joinedOn", "partyAppliedOn", "recommendedOn", "activistOn", "developmentTargetOn", "admittedOn"] as const;

function plain(r: Row) {
  const out: Record<string, unknown> = { ...r };
  for (const k of DATES) out[k] = day(r[k]);
  return out as Omit<Row, (typeof DATES)[number]> & { [K in (typeof DATES)[number]]: K extends "birthDate" | "joinedOn" ? string : string | null };
}

export const presentMember = (actor: TActor, r: Row) => personalView(actor, plain(r));

function snapshot(r: Row) {
  const { id: _i, countyId: _c, organisationId: _o, synthetic: _s, county: _co, organisation, ...rest } = plain(r);
  return { ...rest, organisation: organisation.name };
}

/** The write payload of a member, from a validated input. */
export function memberData(input: TCreateMemberInput) {
  return {
    name: input.name,
    gender: input.gender,
    birthDate: toDate(input.birthDate) ?? new Date(0),
    idNumber: input.idNumber ?? null,
    phone: input.phone ?? null,
    developmentNumber: input.developmentNumber,
    joinedOn: toDate(input.joinedOn) ?? new Date(0),
    category: input.category,
    organisationId: input.organisationId,
    archiveCertified: input.archiveCertified,
    registeredYear: input.registeredYear ?? null,
    holdsPost: input.holdsPost,
    partyAppliedOn: toDate(input.partyAppliedOn),
    recommendedOn: toDate(input.recommendedOn),
    activistOn: toDate(input.activistOn),
    developmentTargetOn: toDate(input.developmentTargetOn),
    admittedOn: toDate(input.admittedOn),
  };
}

export const MEMBER_UNIQUE = { developmentNumber: "v.devNumberTaken", idNumber: "v.idTaken" };

/**
 * The list filter. When the actor's scope covers the whole county the organisation join adds
 * nothing and is left out, which keeps the common county-admin list on the member table alone.
 */
export function memberWhere(
  county: { id: string; path: string },
  actor: TActor,
  input: ReturnType<typeof ZListMembersInput.parse>,
): Prisma.MemberWhereInput {
  // Born on or before this day, a member is 28 today (Beijing).
  const cutoff = todayDate();
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - AGE_OUT);
  return {
    countyId: county.id,
    status: "ACTIVE",
    ...(!county.path.startsWith(actor.scopePath) && { organisation: orgScope(actor) }),
    ...(input.category && { category: input.category }),
    ...(input.organisationId && { organisationId: input.organisationId }),
    ...(input.joinedYear && {
      joinedOn: { gte: new Date(Date.UTC(input.joinedYear, 0, 1)), lt: new Date(Date.UTC(input.joinedYear + 1, 0, 1)) },
    }),
    ...(input.dueToLeave && { holdsPost: false, birthDate: { lte: cutoff } }),
    ...(input.q && {
      OR: [{ name: { contains: input.q, mode: "insensitive" as const } }, { developmentNumber: { startsWith: input.q } }],
    }),
  };
}

export async function listMembers(db: Db, actor: TActor, raw: TListMembersInput) {
  const input = ZListMembersInput.parse(raw);
  const county = await findCountyForActor(db, actor, input.countyCode);
  const where = memberWhere(county, actor, input);
  const [total, rows] = await Promise.all([
    db.member.count({ where }),
    db.member.findMany({
      where,
      orderBy: [{ developmentNumber: "asc" }],
      ...pageWindow(input),
      select: MEMBER_SELECT,
    }),
  ]);
  return pageOf(county, total, rows.map((r) => presentMember(actor, r)), input);
}

async function getRow(db: Db | Prisma.TransactionClient, actor: TActor, id: string) {
  const row = await db.member.findFirst({ where: { id, organisation: orgScope(actor) }, select: MEMBER_SELECT });
  if (!row) throw notFound();
  return row;
}

export async function getMember(db: Db, actor: TActor, id: string) {
  const row = await getRow(db, actor, id);
  return {
    member: presentMember(actor, row),
    history: await listHistory(db, "Member", id, { maskPersonal: !seesPersonalData(actor, row.countyId) }),
  };
}

export async function memberOrgInScope(tx: Prisma.TransactionClient, actor: TActor, organisationId: string) {
  const org = await tx.organisation.findFirst({ where: { id: organisationId, ...orgScope(actor) }, select: { id: true, countyId: true } });
  if (!org) throw new DomainError("NOT_FOUND", "v.orgOutside", "organisationId");
  return org;
}

export async function createMember(db: Db, actor: TActor, input: TCreateMemberInput) {
  assertCan(actor, "editPeople");
  return db
    .$transaction(async (tx) => {
      const org = await memberOrgInScope(tx, actor, input.organisationId);
      const created = await tx.member.create({
        data: { ...memberData(input), countyId: org.countyId, recommendationStatus: input.recommendedOn ? "PENDING" : "NONE" },
        select: MEMBER_SELECT,
      });
      await writeAudit(tx, actor, { action: "create", entity: "Member", entityId: created.id, countyId: org.countyId, before: null, after: snapshot(created) });
      return presentMember(actor, created);
    })
    .catch((e: unknown) => uniqueViolation(e, MEMBER_UNIQUE));
}

export async function updateMember(db: Db, actor: TActor, input: TUpdateMemberInput) {
  assertCan(actor, "editPeople");
  return db
    .$transaction(async (tx) => {
      const before = await getRow(tx, actor, input.id);
      const org = await memberOrgInScope(tx, actor, input.organisationId);
      if (org.countyId !== before.countyId) throw new DomainError("BAD_INPUT", "v.orgOutside", "organisationId");
      const { count } = await tx.member.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          ...memberData(input),
          // A new or changed recommendation date goes to the superior organisation again.
          ...(day(before.recommendedOn) !== (input.recommendedOn ?? null) && {
            recommendationStatus: input.recommendedOn ? "PENDING" : "NONE",
            recommendationComment: "",
          }),
          version: { increment: 1 },
        },
      });
      if (count === 0) throw conflict();
      const after = await getRow(tx, actor, input.id);
      await writeAudit(tx, actor, { action: "update", entity: "Member", entityId: input.id, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
      return presentMember(actor, after);
    })
    .catch((e: unknown) => uniqueViolation(e, MEMBER_UNIQUE));
}

/** Organisations of the county a member may belong to (branches and committees in scope). */
export async function memberOrgOptions(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  return db.organisation.findMany({
    where: { countyId: county.id, status: { in: ["ACTIVE", "RECTIFYING"] }, ...orgScope(actor) },
    orderBy: [{ region: { path: "asc" } }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
