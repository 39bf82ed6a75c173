import type { MembershipEnd, Prisma } from "@/server/generated/prisma/client.ts";
import { dayToDate } from "@/lib/time";
import { DomainError } from "@/server/errors";

type Tx = Prisma.TransactionClient;

/**
 * A member's dated memberships: the history the member indicators of a period are counted from.
 * Every change of a member's organisation or state goes through here, in the same transaction
 * as the change itself.
 */

/** The first membership, from the day of joining. */
export async function openMembership(tx: Tx, m: { memberId: string; countyId: string; organisationId: string; startedOn: Date }) {
  await tx.membership.create({ data: m });
}

async function current(tx: Tx, memberId: string) {
  const open = await tx.membership.findFirst({ where: { memberId, endedOn: null }, orderBy: { startedOn: "desc" }, select: { id: true, startedOn: true } });
  if (!open) throw new DomainError("CONFLICT", "member.notActive");
  return open;
}

/** Ends the open membership on `day` (a "YYYY-MM-DD" not before it began). */
export async function endMembership(tx: Tx, memberId: string, day: string, reason: MembershipEnd, field = "leftOn") {
  const open = await current(tx, memberId);
  const end = dayToDate(day);
  if (end < open.startedOn) throw new DomainError("BAD_INPUT", "v.beforeMembership", field);
  await tx.membership.update({ where: { id: open.id }, data: { endedOn: end, endReason: reason } });
}

/** Moves a member: the open membership ends on `day` and one in the new organisation begins. */
export async function moveMembership(tx: Tx, memberId: string, to: { countyId: string; organisationId: string }, day: string, reason: "TRANSFER" | "MOVE") {
  await endMembership(tx, memberId, day, reason, "organisationId");
  await tx.membership.create({ data: { memberId, countyId: to.countyId, organisationId: to.organisationId, startedOn: dayToDate(day) } });
}

/**
 * The day of joining was corrected: the first membership begins on the new day, which must come
 * before any later move.
 */
export async function rejoinOn(tx: Tx, memberId: string, day: string) {
  const first = await tx.membership.findFirst({ where: { memberId }, orderBy: { startedOn: "asc" }, select: { id: true, endedOn: true } });
  if (!first) return;
  const start = dayToDate(day);
  if (first.endedOn && start > first.endedOn) throw new DomainError("BAD_INPUT", "v.joinAfterMove", "joinedOn");
  await tx.membership.update({ where: { id: first.id }, data: { startedOn: start } });
}
