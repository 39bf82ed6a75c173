import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { can } from "@/lib/permissions";
import { orgScope, type TActor } from "@/server/actor";
import { findCountyForActor } from "@/features/regions/server/regions";
import { pageOf, pageWindow, pickPageOf, pickWindow } from "@/server/paging";
import { orderOf } from "@/server/list";
import { TRANSFER_SORTS, ZListTransfersInput, type TListTransfersInput } from "@/features/transfers/schema";
import { containsText } from "@/server/search";
import { LIVE, maskName } from "./transfers";

/** What a county's transfer board shows, and the destinations a request may name. */

/**
 * A county's transfers of one side that the filter and sort pick, in one window (a page of the
 * board, or its export): the member's name masked for the other side until the transfer completes.
 */
export async function findTransfers(db: Db, actor: TActor, input: ReturnType<typeof ZListTransfersInput.parse>, window: { skip: number; take: number }) {
  const county = await findCountyForActor(db, actor, input.countyCode);
  // A read writes nothing: a lapsed transfer shows as expired here; decisions refuse it and the
  // next request marks it so inside its own write.
  const now = new Date();
  const select = {
    id: true,
    status: true,
    startedBy: true,
    note: true,
    requestedAt: true,
    expiresAt: true,
    decidedAt: true,
    decidedById: true,
    decisionComment: true,
    fromOrgId: true,
    toOrgId: true,
    member: { select: { id: true, name: true, developmentNumber: true } },
    fromOrg: { select: { name: true, county: { select: { name: true } } } },
    toOrg: { select: { name: true, county: { select: { name: true } } } },
  } satisfies Prisma.MemberTransferSelect;
  const where: Prisma.MemberTransferWhereInput = {
    ...(input.side === "in" ? { toCountyId: county.id, toOrg: orgScope(actor) } : { fromCountyId: county.id, fromOrg: orgScope(actor) }),
    ...(input.q && { member: { developmentNumber: containsText(input.q) } }),
  };
  const orderBy = orderOf<(typeof TRANSFER_SORTS)[number], Prisma.MemberTransferOrderByWithRelationInput>(
    { requestedAt: (d) => [{ requestedAt: d }], status: (d) => [{ status: d }, { requestedAt: "desc" }] },
    input,
    [{ requestedAt: "desc" }],
  );
  const [total, all] = await Promise.all([db.memberTransfer.count({ where }), db.memberTransfer.findMany({ where, orderBy, ...window, select })]);
  const orgIds = [...new Set(all.flatMap((t) => [t.fromOrgId, t.toOrgId]))];
  const mine = new Set(
    can(actor.role, "editPeople") || actor.role === "PREFECTURE_REVIEWER"
      ? (await db.organisation.findMany({ where: { id: { in: orgIds }, ...orgScope(actor) }, select: { id: true } })).map((o) => o.id)
      : [],
  );
  const deciders = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(all.map((t) => t.decidedById).filter((x): x is string => Boolean(x)))] } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]),
  );
  const editor = can(actor.role, "editPeople");
  const plain = (t: (typeof all)[number]) => {
    const startOrg = t.startedBy === "FROM" ? t.fromOrgId : t.toOrgId;
    const answerOrg = t.startedBy === "FROM" ? t.toOrgId : t.fromOrgId;
    // The member's own side sees them whole; the other side only once the transfer completed.
    const seesMember = mine.has(t.fromOrgId) || (t.status === "APPROVED" && mine.has(t.toOrgId));
    const { fromOrgId: _f, toOrgId: _t, decidedById, ...rest } = t;
    const status = t.status === "PENDING" && t.expiresAt < now ? ("EXPIRED" as const) : t.status;
    return {
      ...rest,
      status,
      member: { id: seesMember ? t.member.id : null, name: seesMember ? t.member.name : maskName(t.member.name), developmentNumber: t.member.developmentNumber },
      decidedBy: decidedById ? (deciders.get(decidedById) ?? null) : null,
      canAnswer: editor && status === "PENDING" && mine.has(answerOrg),
      canWithdraw: editor && status === "PENDING" && mine.has(startOrg),
      requestedAt: t.requestedAt.toISOString(),
      expiresAt: t.expiresAt.toISOString(),
      decidedAt: t.decidedAt?.toISOString() ?? null,
    };
  };
  return { county, total, items: all.map(plain) };
}

export async function listTransfers(db: Db, actor: TActor, raw: TListTransfersInput) {
  const input = ZListTransfersInput.parse(raw);
  const { county, total, items } = await findTransfers(db, actor, input, pageWindow(input));
  return pageOf(county, total, items, input);
}

/**
 * Live organisations anywhere whose name contains the text, for choosing a destination: name,
 * type, township and county only, since they may lie outside the account's scope.
 */
export async function searchDestinations(db: Db, input: { q: string; page: number; pageSize: number }) {
  const q = input.q.trim();
  if (q.length < 2) return { items: [], more: false };
  const rows = await db.organisation.findMany({
    where: { status: LIVE, name: containsText(q) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pickWindow(input),
    select: { id: true, name: true, type: true, county: { select: { name: true } }, region: { select: { name: true, level: true, parent: { select: { name: true } } } } },
  });
  return pickPageOf(
    rows.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      township: o.region.level === "TOWNSHIP" ? o.region.name : o.region.level === "COUNTY" ? null : (o.region.parent?.name ?? null),
      county: o.county.name,
    })),
    input,
  );
}
