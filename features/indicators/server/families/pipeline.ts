/** Recommend-for-Party: admitted under 28 after an approved recommendation (P1), and the funnel of steps (P2). */
import { Prisma } from "@/server/generated/prisma/client.ts";
import { ratio } from "@/features/indicators/ratio";
import { byCounty, n, type Num, type TFamily } from "./family";

export const pipeline: TFamily = {
  codes: ["P1", "P2"],
  async compute({ db, ids, period, rule, orgsInScope, statRegionOf, statRegions }) {
    const [steps, stats] = await Promise.all([
      db.$queryRaw<{ cid: string; applied: Num; recommended: Num; activists: Num; targets: Num; admitted: Num; p1: Num }[]>`
        SELECT ms."countyId" AS cid,
               count(*) FILTER (WHERE ${rule.step("partyAppliedOn")}) AS applied,
               count(*) FILTER (WHERE ${rule.recommendedApproved}) AS recommended,
               count(*) FILTER (WHERE ${rule.step("activistOn")}) AS activists,
               count(*) FILTER (WHERE ${rule.step("developmentTargetOn")}) AS targets,
               count(*) FILTER (WHERE ${rule.step("admittedOn")}) AS admitted,
               count(*) FILTER (WHERE ${rule.p1Counted}) AS p1
          FROM "Membership" ms JOIN "Member" m ON m.id = ms."memberId"
         WHERE ms."countyId" = ANY(${ids}) AND m."partyAppliedOn" < ${rule.until} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
         GROUP BY ms."countyId"`,
      // P1's denominator is the statistic of the region the figure covers: the county, or the scope.
      db.$queryRaw<{ rid: string; under28: number | null }[]>`
        SELECT s."regionId" AS rid, s."newPartyMembersUnder28" AS under28
          FROM "RegionStat" s WHERE s."regionId" = ANY(${statRegions}::text[]) AND s.year = ${period.year}`,
    ]);
    const P = byCounty(steps);
    const under28 = new Map(stats.map((s) => [s.rid, s.under28]));
    return (cid) => {
      const p = P.get(cid);
      const region = statRegionOf(cid);
      const due = under28.get(region.id) ?? null;
      return [
        due === null
          ? { code: "P1", numerator: n(p?.p1), denominator: 0, value: null, missing: { stat: "newPartyMembersUnder28", regionName: region.name, year: period.year } }
          : { code: "P1", ...ratio(n(p?.p1), due) },
        // The funnel is the figure; its first stage stands as the numerator for totals.
        {
          code: "P2",
          numerator: n(p?.applied),
          denominator: 1,
          value: null,
          parts: { applied: n(p?.applied), recommended: n(p?.recommended), activists: n(p?.activists), targets: n(p?.targets), admitted: n(p?.admitted) },
        },
      ];
    };
  },
  drill: {
    P1: ({ rule, cid, scope, inNum, page, memberOf, memberLink, memberFacts }) =>
      inNum
        ? Prisma.sql`
      SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
             ${memberFacts(Prisma.sql`, 'recommendedOn', m."recommendedOn"::text, 'admittedOn', m."admittedOn"::text`)} AS facts, count(*) OVER () AS total
        ${memberOf}
       WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.p1Counted}
       ORDER BY m."admittedOn", m.name ${page}`
        : { note: "drill.p1Denominator" },
    P2: ({ rule, cid, scope, inNum, page, memberOf, memberLink, memberFacts }) =>
      inNum
        ? Prisma.sql`
      SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
             ${memberFacts(Prisma.sql`, 'partyAppliedOn', m."partyAppliedOn"::text, 'recommendedOn', m."recommendedOn"::text, 'recommendationStatus', m."recommendationStatus"::text, 'activistOn', m."activistOn"::text, 'developmentTargetOn', m."developmentTargetOn"::text, 'admittedOn', m."admittedOn"::text`)} AS facts, count(*) OVER () AS total
        ${memberOf}
       WHERE ms."countyId" = ${cid} AND ${scope}
         AND (${rule.step("partyAppliedOn")} OR ${rule.recommendedApproved} OR ${rule.step("activistOn")} OR ${rule.step("developmentTargetOn")} OR ${rule.step("admittedOn")})
       ORDER BY m."partyAppliedOn", m.name ${page}`
        : null,
  },
};
