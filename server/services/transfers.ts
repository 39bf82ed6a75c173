import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";
import type { z } from "zod";
import type { ZDecideTransferInput, ZRequestTransferInInput, ZRequestTransferInput } from "@/lib/schemas/transfer";
import { assertCan, orgScope, type TActor } from "./actor";
import { writeAudit } from "./audit";
import { DomainError, notFound } from "./errors";
import { findCountyForActor } from "./regions";
import { getSettings } from "./settings";

type Tx = Prisma.TransactionClient;
const LIVE = { in: ["ACTIVE", "RECTIFYING"] as ("ACTIVE" | "RECTIFYING")[] };

/** Pending transfers nobody decided in time become expired; run before reading or deciding. */
export async function expireOverdue(db: Db | Tx) {
  await db.memberTransfer.updateMany({ where: { status: "PENDING", expiresAt: { lt: new Date() } }, data: { status: "EXPIRED" } });
}

async function liveOrg(tx: Tx, id: string, where: Prisma.OrganisationWhereInput = {}) {
  const org = await tx.organisation.findFirst({ where: { id, status: LIVE, ...where }, select: { id: true, name: true, countyId: true } });
  if (!org) throw new DomainError("NOT_FOUND", "v.orgOutside", "toOrgId");
  return org;
}

async function open(
  tx: Tx,
  actor: TActor,
  member: { id: string; name: string; developmentNumber: string; organisationId: string; countyId: string },
  toOrg: { id: string; name: string; countyId: string },
  note: string,
) {
  if (toOrg.id === member.organisationId) throw new DomainError("BAD_INPUT", "transfer.sameOrg", "toOrgId");
  await expireOverdue(tx);
  const pending = await tx.memberTransfer.findFirst({ where: { memberId: member.id, status: "PENDING" }, select: { id: true } });
  if (pending) throw new DomainError("BAD_INPUT", "transfer.pending", "memberId");
  const days = (await getSettings(tx)).transferExpiryDays;
  const transfer = await tx.memberTransfer.create({
    data: {
      memberId: member.id,
      fromOrgId: member.organisationId,
      toOrgId: toOrg.id,
      fromCountyId: member.countyId,
      toCountyId: toOrg.countyId,
      note,
      requestedById: actor.id,
      expiresAt: new Date(Date.now() + days * 86_400_000),
    },
    select: { id: true, expiresAt: true },
  });
  await writeAudit(tx, actor, {
    action: "transfer",
    entity: "Member",
    entityId: member.id,
    countyId: member.countyId,
    before: null,
    after: { transfer: "requested", to: toOrg.name, note },
  });
  return transfer;
}

const MEMBER_FIELDS = { id: true, name: true, developmentNumber: true, organisationId: true, countyId: true } as const;

/** The sending side asks to move one of its members to an organisation anywhere. */
export async function requestTransfer(db: Db, actor: TActor, input: z.infer<typeof ZRequestTransferInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { id: input.memberId, status: "ACTIVE", organisation: orgScope(actor) }, select: MEMBER_FIELDS });
    if (!member) throw notFound();
    return open(tx, actor, member, await liveOrg(tx, input.toOrgId), input.note);
  });
}

/** The receiving side asks for a member it cannot see yet, named by number and name together. */
export async function requestTransferIn(db: Db, actor: TActor, input: z.infer<typeof ZRequestTransferInInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    const toOrg = await liveOrg(tx, input.toOrgId, orgScope(actor));
    const member = await tx.member.findFirst({
      where: { developmentNumber: input.developmentNumber, name: input.name, status: "ACTIVE" },
      select: MEMBER_FIELDS,
    });
    if (!member) throw new DomainError("NOT_FOUND", "transfer.memberNotFound", "developmentNumber");
    return open(tx, actor, member, toOrg, input.note);
  });
}

/** The receiving side approves (the member moves) or rejects with a reason. */
export async function decideTransfer(db: Db, actor: TActor, input: z.infer<typeof ZDecideTransferInput>) {
  assertCan(actor, "editPeople");
  return db.$transaction(async (tx) => {
    await expireOverdue(tx);
    const t = await tx.memberTransfer.findFirst({
      where: { id: input.transferId, toOrg: orgScope(actor) },
      select: {
        id: true,
        status: true,
        toOrgId: true,
        toCountyId: true,
        fromCountyId: true,
        member: { select: { id: true, name: true, developmentNumber: true, version: true } },
        fromOrg: { select: { id: true, name: true } },
        toOrg: { select: { id: true, name: true } },
      },
    });
    if (!t) throw notFound();
    if (t.status !== "PENDING") throw new DomainError("CONFLICT", `transfer.already.${t.status}`);
    await tx.memberTransfer.update({
      where: { id: t.id },
      data: { status: input.approve ? "APPROVED" : "REJECTED", decidedById: actor.id, decidedAt: new Date(), decisionComment: input.comment },
    });
    const who = `${t.member.name} ${t.member.developmentNumber}`;
    if (input.approve) {
      await tx.member.update({
        where: { id: t.member.id },
        data: { organisationId: t.toOrgId, countyId: t.toCountyId, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, { action: "transferOut", entity: "Organisation", entityId: t.fromOrg.id, countyId: t.fromCountyId, before: { member: who }, after: { to: t.toOrg.name } });
      await writeAudit(tx, actor, { action: "transferIn", entity: "Organisation", entityId: t.toOrg.id, countyId: t.toCountyId, before: { from: t.fromOrg.name }, after: { member: who } });
    }
    await writeAudit(tx, actor, {
      action: "transfer",
      entity: "Member",
      entityId: t.member.id,
      countyId: t.toCountyId,
      before: { organisation: t.fromOrg.name },
      after: input.approve ? { organisation: t.toOrg.name, transfer: "approved" } : { transfer: "rejected", reason: input.comment },
    });
    return { id: t.id, status: input.approve ? "APPROVED" : "REJECTED" };
  });
}

/** A graduate with no destination goes to the township's temporary school-to-society branch. */
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
  const transfer = await requestTransfer(db, actor, { memberId, toOrgId: branch.id, note: "学社衔接" });
  // Within the same scope the sender is also the receiver: settle it at once.
  const canDecide = await db.organisation.count({ where: { id: branch.id, ...orgScope(actor) } });
  if (canDecide) await decideTransfer(db, actor, { transferId: transfer.id, approve: true, comment: "" });
  return { id: transfer.id, status: canDecide ? "APPROVED" : "PENDING" };
}

export async function listTransfers(db: Db, actor: TActor, countyCode: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  await expireOverdue(db);
  const select = {
    id: true,
    status: true,
    note: true,
    requestedAt: true,
    expiresAt: true,
    decidedAt: true,
    decisionComment: true,
    member: { select: { id: true, name: true, developmentNumber: true } },
    fromOrg: { select: { name: true, county: { select: { name: true } } } },
    toOrg: { select: { name: true, county: { select: { name: true } } } },
  } satisfies Prisma.MemberTransferSelect;
  const [incoming, outgoing] = await Promise.all([
    db.memberTransfer.findMany({ where: { toCountyId: county.id, toOrg: orgScope(actor) }, orderBy: { requestedAt: "desc" }, take: 200, select }),
    db.memberTransfer.findMany({ where: { fromCountyId: county.id, fromOrg: orgScope(actor) }, orderBy: { requestedAt: "desc" }, take: 200, select }),
  ]);
  const plain = (t: (typeof incoming)[number]) => ({
    ...t,
    requestedAt: t.requestedAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    decidedAt: t.decidedAt?.toISOString() ?? null,
  });
  return { county: { code: county.code, name: county.name }, incoming: incoming.map(plain), outgoing: outgoing.map(plain) };
}

/** Live organisations anywhere whose name contains the text, for choosing a destination. */
export async function searchDestinations(db: Db, q: string) {
  if (q.trim().length < 2) return [];
  return db.organisation.findMany({
    where: { status: LIVE, name: { contains: q.trim() } },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, county: { select: { name: true } } },
  });
}
