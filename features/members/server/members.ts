import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { seesPersonalData } from "@/lib/permissions";
import {
  type TCreateMemberInput,
  type TLeaveMemberInput,
  type TRegistrationInput,
  type TUpdateMemberInput,
} from "@/features/members/schema";
import { assertCan, orgScope, type TActor } from "@/server/actor";
import { listHistory, writeAudit } from "@/features/audit/server/audit";
import { DomainError, notFound, versionConflict } from "@/server/errors";
import { openMembership, endMembership, moveMembership, rejoinOn } from "./memberships";
import { day, personalUpdate, personalView, toDate, uniqueViolation } from "@/features/people/server/people";
import { todayInBeijing } from "@/lib/time";

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
  archiveCertifiedOn: true,
  holdsPost: true,
  status: true,
  leftOn: true,
  leftReason: true,
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
const DATES = ["birthDate", "joinedOn", "archiveCertifiedOn", "leftOn", "partyAppliedOn", "recommendedOn", "activistOn", "developmentTargetOn", "admittedOn"] as const;

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

/** The write payload of a member, from a validated input (personal fields apart). */
export function memberData(input: Omit<TCreateMemberInput, "idNumber" | "phone">) {
  return {
    name: input.name,
    gender: input.gender,
    birthDate: toDate(input.birthDate) ?? new Date(0),
    developmentNumber: input.developmentNumber,
    joinedOn: toDate(input.joinedOn) ?? new Date(0),
    category: input.category,
    organisationId: input.organisationId,
    archiveCertifiedOn: toDate(input.archiveCertifiedOn),
    holdsPost: input.holdsPost,
    partyAppliedOn: toDate(input.partyAppliedOn),
    recommendedOn: toDate(input.recommendedOn),
    activistOn: toDate(input.activistOn),
    developmentTargetOn: toDate(input.developmentTargetOn),
    admittedOn: toDate(input.admittedOn),
  };
}

export const MEMBER_UNIQUE = { developmentNumber: "v.devNumberTaken", idNumber: "v.idTaken" };

async function getRow(db: Db | Prisma.TransactionClient, actor: TActor, id: string) {
  const row = await db.member.findFirst({ where: { id, organisation: orgScope(actor) }, select: MEMBER_SELECT });
  if (!row) throw notFound();
  return row;
}

export async function getMember(db: Db, actor: TActor, id: string) {
  const row = await getRow(db, actor, id);
  const [history, memberships, registrations] = await Promise.all([
    listHistory(db, "Member", id, { maskPersonal: !seesPersonalData(actor, row.countyId) }),
    db.membership.findMany({
      where: { memberId: id },
      orderBy: { startedOn: "desc" },
      select: { id: true, startedOn: true, endedOn: true, endReason: true, organisation: { select: { name: true, county: { select: { name: true } } } } },
    }),
    db.memberRegistration.findMany({
      where: { memberId: id },
      orderBy: { year: "desc" },
      select: { id: true, year: true, status: true, reason: true, version: true, confirmedAt: true, organisationId: true },
    }),
  ]);
  return {
    member: presentMember(actor, row),
    memberships: memberships.map((ms) => ({ ...ms, startedOn: day(ms.startedOn)!, endedOn: day(ms.endedOn), organisation: `${ms.organisation.county.name} · ${ms.organisation.name}` })),
    registrations: registrations.map((g) => ({ ...g, confirmedAt: g.confirmedAt.toISOString() })),
    history,
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
        data: { ...memberData(input), idNumber: input.idNumber, phone: input.phone, countyId: org.countyId, recommendationStatus: input.recommendedOn ? "PENDING" : "NONE" },
        select: MEMBER_SELECT,
      });
      await openMembership(tx, { memberId: created.id, countyId: org.countyId, organisationId: org.id, startedOn: created.joinedOn });
      await writeAudit(tx, actor, { action: "create", entity: "Member", entityId: created.id, countyId: org.countyId, before: null, after: snapshot(created) });
      return presentMember(actor, created);
    })
    .catch((e: unknown) => uniqueViolation(e, MEMBER_UNIQUE));
}

/**
 * An edit of the version the user saw. A new organisation is a move dated today (the earlier
 * membership stays in the history); a corrected joining day moves the start of the first
 * membership. ID number and phone follow personalUpdate.
 */
export async function updateMember(db: Db, actor: TActor, input: TUpdateMemberInput) {
  assertCan(actor, "editPeople");
  return db
    .$transaction(async (tx) => {
      const before = await getRow(tx, actor, input.id);
      const org = await memberOrgInScope(tx, actor, input.organisationId);
      if (org.countyId !== before.countyId) throw new DomainError("BAD_INPUT", "v.orgOutside", "organisationId");
      const moved = org.id !== before.organisationId;
      if (moved && before.status !== "ACTIVE") throw new DomainError("BAD_INPUT", "member.notActive", "organisationId");
      const personal = personalUpdate(actor, before.countyId, before, input);
      const { count } = await tx.member.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          ...memberData(input),
          ...personal,
          // A new or changed recommendation date goes to the superior organisation again.
          ...(day(before.recommendedOn) !== (input.recommendedOn ?? null) && {
            recommendationStatus: input.recommendedOn ? "PENDING" : "NONE",
            recommendationComment: "",
            recommendationDecidedById: null,
            recommendationDecidedAt: null,
          }),
          version: { increment: 1 },
        },
      });
      // The values stored now travel with the refusal, so the form can show them beside the user's.
      if (count === 0) throw versionConflict(presentMember(actor, await getRow(tx, actor, input.id)));
      if (day(before.joinedOn) !== input.joinedOn) await rejoinOn(tx, input.id, input.joinedOn);
      if (moved) await moveMembership(tx, input.id, { countyId: org.countyId, organisationId: org.id }, todayInBeijing(), "MOVE");
      const after = await getRow(tx, actor, input.id);
      await writeAudit(tx, actor, { action: "update", entity: "Member", entityId: input.id, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
      return presentMember(actor, after);
    })
    .catch((e: unknown) => uniqueViolation(e, MEMBER_UNIQUE));
}

/**
 * A member leaves the League (aged out, or otherwise) on a day: their membership ends then, so
 * periods before it still count them. Only an active member can leave, checked in the write.
 */
export async function leaveMember(db: Db, actor: TActor, input: TLeaveMemberInput) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const before = await getRow(tx, actor, input.id);
    if (input.leftOn < day(before.joinedOn)!) throw new DomainError("BAD_INPUT", "v.beforeMembership", "leftOn");
    const { count } = await tx.member.updateMany({
      where: { id: input.id, version: input.version, status: "ACTIVE" },
      data: { status: "LEFT", leftOn: toDate(input.leftOn), leftReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) {
      // Read again after the write: whoever saved first decides which refusal this is.
      const now = await getRow(tx, actor, input.id);
      throw now.status === "ACTIVE" ? versionConflict(presentMember(actor, now)) : new DomainError("CONFLICT", "member.notActive");
    }
    await endMembership(tx, input.id, input.leftOn, input.reason);
    // An open transfer of someone who left has nothing left to move.
    await tx.memberTransfer.updateMany({ where: { memberId: input.id, status: "PENDING" }, data: { status: "WITHDRAWN", openMemberId: null, decidedById: actor.id, decidedAt: new Date() } });
    const after = await getRow(tx, actor, input.id);
    await writeAudit(tx, actor, { action: "leave", entity: "Member", entityId: input.id, countyId: after.countyId, before: snapshot(before), after: snapshot(after) });
    return presentMember(actor, after);
  });
}

/**
 * Records one year's registration of a member, with the organisation they belong to now. A year
 * not recorded yet is created (a second, simultaneous first entry is refused with the first one's
 * values); an entry already recorded changes only from the version the user saw.
 */
export async function recordRegistration(db: Db, actor: TActor, input: TRegistrationInput) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const member = await getRow(tx, actor, input.memberId);
    const existing = await tx.memberRegistration.findUnique({
      where: { memberId_year: { memberId: input.memberId, year: input.year } },
      select: { id: true, status: true, reason: true, version: true },
    });
    const values = { status: input.status, reason: input.status === "REGISTERED" ? "" : input.reason };
    const entry = { year: input.year, ...values };
    const data = { ...values, organisationId: member.organisationId, countyId: member.countyId, confirmedById: actor.id, confirmedAt: new Date() };
    const stored = (e: { status: string; reason: string; version: number }) => ({ year: input.year, status: e.status, reason: e.reason, version: e.version });
    if (existing) {
      if (existing.version !== input.version) throw versionConflict(stored(existing));
      const { count } = await tx.memberRegistration.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw versionConflict(stored(await tx.memberRegistration.findUniqueOrThrow({ where: { id: existing.id }, select: { status: true, reason: true, version: true } })));
    } else {
      // Two first entries at once: the second finds the first's row and is shown its values.
      const { count } = await tx.memberRegistration.createMany({ data: [{ ...data, memberId: input.memberId, year: input.year }], skipDuplicates: true });
      if (count === 0) {
        const now = await tx.memberRegistration.findUniqueOrThrow({ where: { memberId_year: { memberId: input.memberId, year: input.year } }, select: { status: true, reason: true, version: true } });
        throw versionConflict(stored(now));
      }
    }
    await writeAudit(tx, actor, {
      action: "registration",
      entity: "Member",
      entityId: input.memberId,
      countyId: member.countyId,
      before: existing ? { registrationYear: input.year, registrationStatus: existing.status, registrationReason: existing.reason } : null,
      after: { registrationYear: entry.year, registrationStatus: entry.status, registrationReason: entry.reason },
    });
    return entry;
  });
}
