import type { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { ZDecideRecommendationInput } from "@/features/pipeline/schema";
import { assertCan, orgScope, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { DomainError, alreadyDecided, notFound } from "@/server/errors";
import { ratio } from "@/features/indicators/server/indicators";
import { funnelOf, indicatorOf } from "@/features/indicators/server/engine";
import { countyFactsFor } from "@/features/indicators/server/facts";
import { findCountyForActor } from "@/features/regions/server/regions";

/**
 * The recommend-for-Party pipeline of a county for one year (P2) and P1: new party members 28 or
 * younger who went through league recommendation over the county's entered count of new party
 * members 28 or younger, both as the dashboards count them; and the recommendations awaiting the
 * superior organisation's decision.
 */
export async function pipelineBoard(db: Db, actor: TActor, countyCode: string, year: number) {
  const county = await findCountyForActor(db, actor, countyCode);
  const facts = await countyFactsFor(db, actor, county, { year });
  const p1 = indicatorOf(facts, "P1")!;
  const pending = await db.member.findMany({
    where: { countyId: county.id, recommendationStatus: "PENDING", organisation: orgScope(actor) },
    orderBy: { recommendedOn: "asc" },
    take: 100,
    select: { id: true, name: true, developmentNumber: true, recommendedOn: true, organisation: { select: { name: true } } },
  });
  return {
    county: { code: county.code, name: county.name },
    year,
    funnel: funnelOf(facts),
    p1: p1.denominator > 0 ? ratio(p1.numerator, p1.denominator) : null,
    p1Numerator: p1.numerator,
    pending: pending.map((p) => ({ ...p, recommendedOn: p.recommendedOn?.toISOString().slice(0, 10) ?? null })),
  };
}

/** Refuses a second decision, naming who decided and when. */
async function decidedAlready(db: Db | Prisma.TransactionClient, memberId: string): Promise<never> {
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { recommendationStatus: true, recommendationDecidedAt: true, recommendationDecidedById: true } });
  if (m.recommendationStatus === "APPROVED" || m.recommendationStatus === "REJECTED") {
    const who = m.recommendationDecidedById ? (await db.user.findUnique({ where: { id: m.recommendationDecidedById }, select: { displayName: true } }))?.displayName : null;
    throw alreadyDecided(`pipeline.already.${m.recommendationStatus}`, who, m.recommendationDecidedAt, { status: m.recommendationStatus });
  }
  throw new DomainError("CONFLICT", "pipeline.notPending");
}

/**
 * The superior organisation approves or rejects a branch's recommendation, with a comment. Only a
 * pending recommendation is decided, checked in the write: of two simultaneous decisions one wins
 * and the other is told who decided and when.
 */
export async function decideRecommendation(db: Db, actor: TActor, input: z.infer<typeof ZDecideRecommendationInput>) {
  assertCan(actor, "decideRecommendations");
  return db.$transaction(async (tx) => {
    const m = await tx.member.findFirst({
      where: { id: input.memberId, organisation: orgScope(actor) },
      select: { id: true, countyId: true, recommendationStatus: true, recommendationComment: true },
    });
    if (!m) throw notFound();
    if (m.recommendationStatus !== "PENDING") await decidedAlready(tx, m.id);
    const status = input.approve ? "APPROVED" : "REJECTED";
    const { count } = await tx.member.updateMany({
      where: { id: m.id, recommendationStatus: "PENDING" },
      data: { recommendationStatus: status, recommendationComment: input.comment, recommendationDecidedById: actor.id, recommendationDecidedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) await decidedAlready(tx, m.id);
    await writeAudit(tx, actor, {
      action: "decide",
      entity: "Member",
      entityId: m.id,
      countyId: m.countyId,
      before: { recommendationStatus: m.recommendationStatus, recommendationComment: m.recommendationComment },
      after: { recommendationStatus: status, recommendationComment: input.comment },
    });
    return { id: m.id, status };
  });
}
