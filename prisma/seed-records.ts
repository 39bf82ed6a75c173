import type { Prisma } from "../server/generated/prisma/client.ts";
import { date } from "./demo-figures";

/** Each demo member's membership: the organisation they joined, from the day they joined. */
export function buildMemberships(members: Prisma.MemberCreateManyInput[]): Prisma.MembershipCreateManyInput[] {
  return members.map((m) => ({ id: `ms${m.id}`, memberId: m.id!, countyId: m.countyId, organisationId: m.organisationId, startedOn: m.joinedOn }));
}

const NOT_REGISTERED_REASONS = ["外出务工，未能取得联系", "已参军入伍，关系待转", "长期在外地就学"];

/**
 * Annual registration of the years 2023–2025 for everyone who was a member by the end of the year:
 * nearly all registered, about one in twenty-five not, with the reason. This year's registration
 * has not been recorded yet, and the dashboards say so.
 */
export function buildRegistrations(members: Prisma.MemberCreateManyInput[]): Omit<Prisma.MemberRegistrationCreateManyInput, "confirmedById">[] {
  const out: Omit<Prisma.MemberRegistrationCreateManyInput, "confirmedById">[] = [];
  members.forEach((m, i) => {
    for (const year of [2023, 2024, 2025]) {
      if ((m.joinedOn as Date) > date(year, 12, 31)) continue;
      const missed = (i * 7 + year) % 25 === 0;
      out.push({
        id: `g${m.id}-${year}`,
        memberId: m.id!,
        countyId: m.countyId,
        organisationId: m.organisationId,
        year,
        status: missed ? "NOT_REGISTERED" : "REGISTERED",
        reason: missed ? NOT_REGISTERED_REASONS[i % NOT_REGISTERED_REASONS.length]! : "",
        confirmedAt: date(year, 6, 30),
      });
    }
  });
  return out;
}
