import type { z } from "zod";
import type { Db } from "../db";
import type { ZDecideRecommendationInput } from "@/lib/schemas/pipeline";
import { assertCan, orgScope, type TActor } from "./actor";
import { writeAudit } from "./audit";
import { DomainError, notFound } from "./errors";
import { ratio } from "./indicators";
import { findCountyForActor } from "./regions";

type Counts = {
  applied: bigint;
  recommended: bigint;
  activists: bigint;
  targets: bigint;
  admitted: bigint;
  admittedRecommendedYoung: bigint;
};

/**
 * The recommend-for-Party pipeline of a county for one year (P2), counted in SQL, and P1: new
 * party members 28 or younger who went through league recommendation over the county's entered
 * count of new party members 28 or younger.
 */
export async function pipelineBoard(db: Db, actor: TActor, countyCode: string, year: number) {
  const county = await findCountyForActor(db, actor, countyCode);
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const scope = `${actor.scopePath}%`;
  const [c] = await db.$queryRaw<Counts[]>`
    SELECT count(*) FILTER (WHERE m."partyAppliedOn" >= ${from} AND m."partyAppliedOn" < ${to}) AS applied,
           count(*) FILTER (WHERE m."recommendedOn" >= ${from} AND m."recommendedOn" < ${to}) AS recommended,
           count(*) FILTER (WHERE m."activistOn" >= ${from} AND m."activistOn" < ${to}) AS activists,
           count(*) FILTER (WHERE m."developmentTargetOn" >= ${from} AND m."developmentTargetOn" < ${to}) AS targets,
           count(*) FILTER (WHERE m."admittedOn" >= ${from} AND m."admittedOn" < ${to}) AS admitted,
           count(*) FILTER (WHERE m."admittedOn" >= ${from} AND m."admittedOn" < ${to}
                              AND m."recommendedOn" IS NOT NULL
                              AND m."admittedOn" < m."birthDate" + interval '29 years') AS "admittedRecommendedYoung"
      FROM "Member" m
      JOIN "Organisation" o ON o.id = m."organisationId"
      JOIN "Region" r ON r.id = o."regionId"
     WHERE m."countyId" = ${county.id} AND r.path LIKE ${scope}`;
  const stat = await db.regionStat.findUnique({ where: { regionId_year: { regionId: county.id, year } }, select: { newPartyMembersUnder28: true } });
  const n = (v: bigint | undefined) => Number(v ?? 0);
  const pending = await db.member.findMany({
    where: { countyId: county.id, recommendationStatus: "PENDING", organisation: orgScope(actor) },
    orderBy: { recommendedOn: "asc" },
    take: 100,
    select: { id: true, name: true, developmentNumber: true, recommendedOn: true, organisation: { select: { name: true } } },
  });
  return {
    county: { code: county.code, name: county.name },
    year,
    funnel: {
      applied: n(c?.applied),
      recommended: n(c?.recommended),
      activists: n(c?.activists),
      targets: n(c?.targets),
      admitted: n(c?.admitted),
    },
    p1: stat?.newPartyMembersUnder28 == null ? null : ratio(n(c?.admittedRecommendedYoung), stat.newPartyMembersUnder28),
    p1Numerator: n(c?.admittedRecommendedYoung),
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
