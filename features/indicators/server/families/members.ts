/** Members: joined in the period by category (M1), their e-archives certified (M2), registered for the year (M4). */
import { Prisma } from "@/server/generated/prisma/client.ts";
import { ratio } from "@/features/indicators/ratio";
import { byCounty, count, n, type Num, type TFamily } from "./family";

export const members: TFamily = {
  codes: ["M1", "M2", "M4"],
  async compute({ db, ids, period, rule, orgsInScope, statRegionOf }) {
    const [joined, onRoll, registrations] = await Promise.all([
      db.$queryRaw<{ cid: string; new_members: Num; archived: Num; junior_high: Num; senior_high: Num; vocational: Num; university: Num; social: Num }[]>`
        SELECT ms."countyId" AS cid,
               count(*) AS new_members,
               count(*) FILTER (WHERE ${rule.archived}) AS archived,
               count(*) FILTER (WHERE m.category = 'JUNIOR_HIGH') AS junior_high,
               count(*) FILTER (WHERE m.category = 'SENIOR_HIGH') AS senior_high,
               count(*) FILTER (WHERE m.category = 'VOCATIONAL') AS vocational,
               count(*) FILTER (WHERE m.category = 'UNIVERSITY') AS university,
               count(*) FILTER (WHERE m.category = 'SOCIAL') AS social
          FROM "Membership" ms JOIN "Member" m ON m.id = ms."memberId"
         WHERE ms."countyId" = ANY(${ids}) AND ${rule.joined} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
         GROUP BY ms."countyId"`,
      db.$queryRaw<{ cid: string; members: Num; registered: Num }[]>`
        SELECT ms."countyId" AS cid, count(*) AS members, count(*) FILTER (WHERE ${rule.registered}) AS registered
          FROM "Membership" ms
         WHERE ms."countyId" = ANY(${ids}) AND ${rule.memberOnAsOf} ${orgsInScope(Prisma.sql`ms."organisationId"`)}
         GROUP BY ms."countyId"`,
      db.$queryRaw<{ cid: string; recorded: Num }[]>`
        SELECT g."countyId" AS cid, count(*) AS recorded
          FROM "MemberRegistration" g
         WHERE g."countyId" = ANY(${ids}) AND g.year = ${period.year} ${orgsInScope(Prisma.sql`g."organisationId"`)}
         GROUP BY g."countyId"`,
    ]);
    const J = byCounty(joined), ON = byCounty(onRoll), REG = byCounty(registrations);
    return (cid) => {
      const j = J.get(cid), on = ON.get(cid);
      return [
        count("M1", n(j?.new_members), { JUNIOR_HIGH: n(j?.junior_high), SENIOR_HIGH: n(j?.senior_high), VOCATIONAL: n(j?.vocational), UNIVERSITY: n(j?.university), SOCIAL: n(j?.social) }),
        { code: "M2", ...ratio(n(j?.archived), n(j?.new_members)) },
        n(REG.get(cid)?.recorded) === 0
          ? { code: "M4", numerator: 0, denominator: n(on?.members), value: null, missing: { stat: "registration", regionName: statRegionOf(cid).name, year: period.year } }
          : { code: "M4", ...ratio(n(on?.registered), n(on?.members)) },
      ];
    };
  },
  drill: {
    M1: ({ rule, cid, scope, inNum, page, memberOf, memberLink, memberFacts }) =>
      inNum
        ? Prisma.sql`
      SELECT m.id, ${memberLink} AS link, m.name, r.name AS place, ${memberFacts(Prisma.sql`, 'category', m.category::text`)} AS facts, count(*) OVER () AS total
        ${memberOf}
       WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.joined}
       ORDER BY m."joinedOn", m.name ${page}`
        : null,
    M2: ({ rule, cid, scope, pick, page, memberOf, memberLink, memberFacts }) => Prisma.sql`
      SELECT m.id, ${memberLink} AS link, m.name, r.name AS place, ${memberFacts(Prisma.sql`, 'archiveCertifiedOn', m."archiveCertifiedOn"::text`)} AS facts, count(*) OVER () AS total
        ${memberOf}
       WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.joined}
         AND ${pick(rule.archived)}
       ORDER BY m."joinedOn", m.name ${page}`,
    M4: ({ rule, period, cid, scope, pick, page, memberOf, memberLink, memberFacts }) => Prisma.sql`
      SELECT m.id, ${memberLink} AS link, m.name, r.name AS place,
             ${memberFacts(Prisma.sql`, 'registrationStatus', (SELECT g.status::text FROM "MemberRegistration" g WHERE g."memberId" = m.id AND g.year = ${period.year})`)} AS facts, count(*) OVER () AS total
        ${memberOf}
       WHERE ms."countyId" = ${cid} AND ${scope} AND ${rule.memberOnAsOf}
         AND ${pick(rule.registered)}
       ORDER BY m.name, m.id ${page}`,
  },
};
