import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { AGE_OUT, MEMBER_SORTS, ZListMembersInput, type TListMembersInput } from "@/features/members/schema";
import { orgScope, type TActor } from "@/server/actor";
import { pageOf, pageWindow } from "@/server/paging";
import { orderOf } from "@/server/list";
import { containsText } from "@/server/search";
import type { TSortDir } from "@/lib/list";
import { findCountyForActor } from "@/features/regions/server/regions";
import { todayDate } from "@/lib/time";
import { MEMBER_SELECT, presentMember } from "./members";

/** The member roster: its filter, its order, and its pages. */

/**
 * The list filter. When the actor's scope covers the whole county the organisation join adds
 * nothing and is left out, which keeps the common county-admin list on the member table alone.
 */
export function memberWhere(
  county: { id: string; path: string },
  actor: TActor,
  input: ReturnType<typeof ZListMembersInput.parse>,
): Prisma.MemberWhereInput {
  // Born on or before this day, a member is 28 today (Beijing).
  const cutoff = todayDate();
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - AGE_OUT);
  return {
    countyId: county.id,
    status: "ACTIVE",
    ...(!county.path.startsWith(actor.scopePath) && { organisation: orgScope(actor) }),
    ...(input.category && { category: input.category }),
    ...(input.organisationId && { organisationId: input.organisationId }),
    ...(input.joinedYear && {
      joinedOn: { gte: new Date(Date.UTC(input.joinedYear, 0, 1)), lt: new Date(Date.UTC(input.joinedYear + 1, 0, 1)) },
    }),
    ...(input.dueToLeave && { holdsPost: false, birthDate: { lte: cutoff } }),
    ...(input.q && {
      OR: [{ name: containsText(input.q) }, { developmentNumber: containsText(input.q) }],
    }),
  };
}

/** The list's order: the chosen column, else by development number. */
export function memberOrder(input: { sort?: (typeof MEMBER_SORTS)[number]; dir: TSortDir }) {
  return orderOf<(typeof MEMBER_SORTS)[number], Prisma.MemberOrderByWithRelationInput>(
    {
      name: (d) => [{ name: d }],
      developmentNumber: (d) => [{ developmentNumber: d }],
      category: (d) => [{ category: d }, { developmentNumber: "asc" }],
      organisation: (d) => [{ organisation: { name: d } }, { developmentNumber: "asc" }],
      joinedOn: (d) => [{ joinedOn: d }, { developmentNumber: "asc" }],
    },
    input,
    [{ developmentNumber: "asc" }],
  );
}

/** The members that match a list's filter, in its order: a page of the list, or an export. */
export async function findMembers(db: Db, actor: TActor, input: ReturnType<typeof ZListMembersInput.parse>, window: { skip: number; take: number }) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  const where = memberWhere(county, actor, input);
  const [total, rows] = await Promise.all([db.member.count({ where }), db.member.findMany({ where, orderBy: memberOrder(input), ...window, select: MEMBER_SELECT })]);
  return { county, total, items: rows.map((r) => presentMember(actor, r)) };
}

export async function listMembers(db: Db, actor: TActor, raw: TListMembersInput) {
  const input = ZListMembersInput.parse(raw);
  const { county, total, items } = await findMembers(db, actor, input, pageWindow(input));
  return pageOf(county, total, items, input);
}
