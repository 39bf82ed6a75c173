import type { Prisma, TransferSide } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { z } from "zod";
import type { ZDecideTransferInput, ZRequestTransferInInput, ZRequestTransferInput } from "@/features/transfers/schema";
import { can } from "@/lib/permissions";
import { todayInBeijing } from "@/lib/time";
import { assertCan, orgScope, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { DomainError, alreadyDecided, notFound } from "@/server/errors";
import { moveMembership } from "@/features/members/server/memberships";
import { getSettings } from "@/features/settings/server/settings";

/**
 * Relation transfers (关系转接), agreed by both sides. The side that starts one has agreed; the
 * other side releases it (the member's organisation) or accepts it (the receiving one). A side is
 * acted for by whoever keeps people there: the county committee of its county, or the township
 * cadre whose township holds it. Where one account acts for both sides, its request is enough.
 * The starting side may withdraw an open transfer; one nobody answers in time expires. Until a
 * transfer completes, the receiving side sees of the member only what makes them sure of the
 * person: a masked name, the development number and the current organisation.
 */

type Tx = Prisma.TransactionClient;
/** Organisations that can send or receive members. */
export const LIVE = { in: ["ACTIVE", "RECTIFYING"] as ("ACTIVE" | "RECTIFYING")[] };
const OTHER: Record<TransferSide, TransferSide> = { FROM: "TO", TO: "FROM" };

/** Open transfers nobody answered in time lapse; run before reading or answering. */
export async function expireOverdue(db: Db | Tx) {
  await db.memberTransfer.updateMany({ where: { status: "PENDING", expiresAt: { lt: new Date() } }, data: { status: "EXPIRED", openMemberId: null } });
}

/** A person's name as the other side sees it: the family name and the last character. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return "*";
  return chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${"*".repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** Whether the actor acts for the side of organisation `orgId`. */
async function actsFor(tx: Tx | Db, actor: TActor, orgId: string) {
  if (!can(actor.role, "editPeople")) return false;
  return (await tx.organisation.count({ where: { id: orgId, ...orgScope(actor) } })) > 0;
}

async function liveOrg(tx: Tx, id: string, where: Prisma.OrganisationWhereInput = {}) {
  const org = await tx.organisation.findFirst({ where: { id, status: LIVE, ...where }, select: { id: true, name: true, countyId: true } });
  if (!org) throw new DomainError("NOT_FOUND", "v.orgOutside", "toOrgId");
  return org;
}

const MEMBER_FIELDS = { id: true, name: true, developmentNumber: true, organisationId: true, countyId: true } as const;
type TMember = { id: string; name: string; developmentNumber: string; organisationId: string; countyId: string };

const TRANSFER_FIELDS = {
  id: true,
  status: true,
  startedBy: true,
  fromOrgId: true,
  toOrgId: true,
  fromCountyId: true,
  toCountyId: true,
  decidedAt: true,
  decidedById: true,
  member: { select: { id: true, name: true, developmentNumber: true, organisationId: true } },
  fromOrg: { select: { id: true, name: true } },
  toOrg: { select: { id: true, name: true } },
} satisfies Prisma.MemberTransferSelect;
type TTransfer = Prisma.MemberTransferGetPayload<{ select: typeof TRANSFER_FIELDS }>;

/** Refuses an answer to a transfer that is no longer open, naming who closed it and when. */
async function closedAlready(tx: Tx, id: string): Promise<never> {
  const t = await tx.memberTransfer.findUniqueOrThrow({ where: { id }, select: { status: true, decidedAt: true, decidedById: true } });
  const who = t.decidedById ? (await tx.user.findUnique({ where: { id: t.decidedById }, select: { displayName: true } }))?.displayName : null;
  throw alreadyDecided(`transfer.already.${t.status}`, who, t.decidedAt, { status: t.status });
}

/** Closes an open transfer in the given state, only if it is still open (checked in the write). */
async function close(tx: Tx, actor: TActor, t: TTransfer, status: "APPROVED" | "REJECTED" | "WITHDRAWN", comment: string) {
  const { count } = await tx.memberTransfer.updateMany({
    where: { id: t.id, status: "PENDING" },
    data: { status, openMemberId: null, decidedById: actor.id, decidedAt: new Date(), decisionComment: comment },
  });
  if (count === 0) await closedAlready(tx, t.id);
}

/** Both sides agreed: the member moves, from today, and both organisations keep it in their history. */
async function complete(tx: Tx, actor: TActor, t: TTransfer, comment: string) {
  await close(tx, actor, t, "APPROVED", comment);
  const moved = await tx.member.updateMany({
    where: { id: t.member.id, organisationId: t.fromOrgId, status: "ACTIVE" },
    data: { organisationId: t.toOrgId, countyId: t.toCountyId, version: { increment: 1 } },
  });
  if (moved.count === 0) throw new DomainError("CONFLICT", "transfer.memberChanged");
  await moveMembership(tx, t.member.id, { countyId: t.toCountyId, organisationId: t.toOrgId }, todayInBeijing(), "TRANSFER");
  const who = `${t.member.name} ${t.member.developmentNumber}`;
  await writeAudit(tx, actor, { action: "transferOut", entity: "Organisation", entityId: t.fromOrg.id, countyId: t.fromCountyId, before: { member: who }, after: { to: t.toOrg.name } });
  await writeAudit(tx, actor, { action: "transferIn", entity: "Organisation", entityId: t.toOrg.id, countyId: t.toCountyId, before: { from: t.fromOrg.name }, after: { member: who } });
  await writeAudit(tx, actor, {
    action: "transfer",
    entity: "Member",
    entityId: t.member.id,
    countyId: t.toCountyId,
    before: { organisation: t.fromOrg.name },
    after: { organisation: t.toOrg.name, transfer: "APPROVED" },
  });
}

/**
 * Opens a transfer started by `side`. At most one transfer of a member is open (a unique column
 * holds it, so two simultaneous requests cannot both open one). When the actor also acts for the
 * other side, the transfer completes at once.
 */
async function open(tx: Tx, actor: TActor, member: TMember, toOrg: { id: string; name: string; countyId: string }, note: string, side: TransferSide) {
  if (toOrg.id === member.organisationId) throw new DomainError("BAD_INPUT", "transfer.sameOrg", "toOrgId");
  await expireOverdue(tx);
  const days = (await getSettings(tx)).transferExpiryDays;
  const [created] = await tx.memberTransfer.createManyAndReturn({
    data: [
      {
        memberId: member.id,
        openMemberId: member.id,
        startedBy: side,
        fromOrgId: member.organisationId,
        toOrgId: toOrg.id,
        fromCountyId: member.countyId,
        toCountyId: toOrg.countyId,
        note,
        requestedById: actor.id,
        expiresAt: new Date(Date.now() + days * 86_400_000),
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) throw new DomainError("BAD_INPUT", "transfer.pending", side === "FROM" ? "memberId" : "developmentNumber");
  await writeAudit(tx, actor, { action: "transfer", entity: "Member", entityId: member.id, countyId: member.countyId, before: null, after: { transfer: "PENDING", to: toOrg.name, note } });
  const otherOrg = side === "FROM" ? toOrg.id : member.organisationId;
  if (await actsFor(tx, actor, otherOrg)) {
    const t = await tx.memberTransfer.findUniqueOrThrow({ where: { id: created.id }, select: TRANSFER_FIELDS });
    await complete(tx, actor, t, "");
    return { id: created.id, status: "APPROVED" as const };
  }
  return { id: created.id, status: "PENDING" as const };
}

/** The member's side asks to move one of its members to an organisation anywhere. */
export async function requestTransfer(db: Db, actor: TActor, input: z.infer<typeof ZRequestTransferInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { id: input.memberId, status: "ACTIVE", organisation: orgScope(actor) }, select: MEMBER_FIELDS });
    if (!member) throw notFound();
    return open(tx, actor, member, await liveOrg(tx, input.toOrgId), input.note, "FROM");
  });
}

/**
 * The receiving side asks for a member it cannot see yet, named by number and name together; the
 * member's side must release them. The answer says nothing about the member.
 */
export async function requestTransferIn(db: Db, actor: TActor, input: z.infer<typeof ZRequestTransferInInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const toOrg = await liveOrg(tx, input.toOrgId, orgScope(actor));
    const member = await tx.member.findFirst({
      where: { developmentNumber: input.developmentNumber, name: input.name, status: "ACTIVE" },
      select: MEMBER_FIELDS,
    });
    if (!member) throw new DomainError("NOT_FOUND", "transfer.memberNotFound", "developmentNumber");
    return open(tx, actor, member, toOrg, input.note, "TO");
  });
}

/** A transfer either side of which the actor acts for or may read. */
async function findTransfer(tx: Tx, actor: TActor, id: string) {
  const t = await tx.memberTransfer.findFirst({ where: { id, OR: [{ fromOrg: orgScope(actor) }, { toOrg: orgScope(actor) }] }, select: TRANSFER_FIELDS });
  if (!t) throw notFound();
  return t;
}

/**
 * The side that did not start a transfer answers it: the member's side releases or refuses, the
 * receiving side accepts or refuses. Exactly one answer wins: the state is checked in the write,
 * and a late answer is told who answered first and when.
 */
export async function decideTransfer(db: Db, actor: TActor, input: z.infer<typeof ZDecideTransferInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    await expireOverdue(tx);
    const t = await findTransfer(tx, actor, input.transferId);
    if (t.status !== "PENDING") await closedAlready(tx, t.id);
    const answering = OTHER[t.startedBy];
    if (!(await actsFor(tx, actor, answering === "FROM" ? t.fromOrgId : t.toOrgId))) throw new DomainError("FORBIDDEN", "transfer.otherSide");
    if (input.approve) await complete(tx, actor, t, input.comment);
    else {
      await close(tx, actor, t, "REJECTED", input.comment);
      await writeAudit(tx, actor, { action: "transfer", entity: "Member", entityId: t.member.id, countyId: t.fromCountyId, before: { transfer: "PENDING" }, after: { transfer: "REJECTED", reason: input.comment } });
    }
    return { id: t.id, status: input.approve ? ("APPROVED" as const) : ("REJECTED" as const) };
  });
}

/** The starting side takes back an open transfer. */
export async function withdrawTransfer(db: Db, actor: TActor, transferId: string) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    await expireOverdue(tx);
    const t = await findTransfer(tx, actor, transferId);
    if (t.status !== "PENDING") await closedAlready(tx, t.id);
    if (!(await actsFor(tx, actor, t.startedBy === "FROM" ? t.fromOrgId : t.toOrgId))) throw new DomainError("FORBIDDEN", "transfer.notStarter");
    await close(tx, actor, t, "WITHDRAWN", "");
    await writeAudit(tx, actor, { action: "transfer", entity: "Member", entityId: t.member.id, countyId: t.fromCountyId, before: { transfer: "PENDING" }, after: { transfer: "WITHDRAWN" } });
    return { id: t.id, status: "WITHDRAWN" as const };
  });
}

/**
 * A graduate goes to the school-to-society branch (学社衔接) of their township, or of the county
 * when the township has none: a transfer like any other, agreed by both sides.
 */
export async function transferGraduate(db: Db, actor: TActor, memberId: string) {
  assertCan(actor, "editPeople");
  const member = await db.member.findFirst({
    where: { id: memberId, status: "ACTIVE", organisation: orgScope(actor) },
    select: { ...MEMBER_FIELDS, organisation: { select: { region: { select: { id: true, level: true, parentId: true } } } } },
  });
  if (!member) throw notFound();
  const region = member.organisation.region;
  const townshipId = region.level === "TOWNSHIP" ? region.id : region.parentId;
  const branch = await db.organisation.findFirst({
    where: { type: "TEMPORARY_BRANCH", status: LIVE, countyId: member.countyId, OR: [{ regionId: townshipId ?? "" }, { region: { level: "COUNTY" } }] },
    orderBy: { region: { path: "desc" } },
    select: { id: true },
  });
  if (!branch) throw new DomainError("NOT_FOUND", "transfer.noTemporaryBranch", "memberId");
  return requestTransfer(db, actor, { memberId, toOrgId: branch.id, note: "学社衔接" });
}
