import type { z } from "zod";
import type { Db } from "../db";
import type { ZDecideRecommendationInput } from "@/lib/schemas/pipeline";
import { assertCan, orgScope, type TActor } from "./actor";
import { writeAudit } from "./audit";
import { DomainError, notFound } from "./errors";
import { ratio } from "./indicators";
import { countyFactsFor, funnelOf, indicatorOf } from "./indicator-engine";
import { findCountyForActor } from "./regions";

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

/** The superior organisation approves or rejects a branch's recommendation, with a comment. */
export async function decideRecommendation(db: Db, actor: TActor, input: z.infer<typeof ZDecideRecommendationInput>) {
  assertCan(actor, "decideRecommendations");
  return db.$transaction(async (tx) => {
    const m = await tx.member.findFirst({
      where: { id: input.memberId, organisation: orgScope(actor) },
      select: { id: true, countyId: true, recommendationStatus: true, recommendationComment: true },
    });
    if (!m) throw notFound();
    if (m.recommendationStatus !== "PENDING") throw new DomainError("CONFLICT", "pipeline.notPending");
    const status = input.approve ? "APPROVED" : "REJECTED";
    await tx.member.update({ where: { id: m.id }, data: { recommendationStatus: status, recommendationComment: input.comment, version: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "update",
      entity: "Member",
      entityId: m.id,
      countyId: m.countyId,
      before: { recommendationStatus: m.recommendationStatus, recommendationComment: m.recommendationComment },
      after: { recommendationStatus: status, recommendationComment: input.comment },
    });
    return { id: m.id, status };
  });
}
