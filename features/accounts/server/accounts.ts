/**
 * Accounts as administrators see them (lock state, sessions in force), what they may do about
 * them (unlock, end every session), the sign-in log, and a user changing their own password.
 * Every change is one transaction with its audit entry.
 */
import type { Prisma } from "@/server/generated/prisma/client.ts";
import { orderOf } from "@/server/list";
import { pageMeta, pageWindow } from "@/server/paging";
import { ACCOUNT_SORTS, SIGN_IN_SORTS, type TListAccountsInput, type TListSignInsInput } from "@/features/accounts/schema";
import { isDemoDatabase } from "@/server/auth/demo";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import type { Db } from "@/server/db";
import { assertCan, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { badInput, notFound } from "@/server/errors";
import { liveSessionWhere, revokeUserSessions } from "./sessions";
import { getSettings } from "@/features/settings/server/settings";
import { guessFailed, guessRight, lockedMessage, reserveGuess } from "./sign-in";

const PAGE_SIZE = 50;

type TWindow = { skip: number; take: number };
/** Both lists show pages of one size; an export reads its own window. */
const paged = (page: number) => ({ page, pageSize: PAGE_SIZE });

/** The accounts the filter and sort pick, in one window: a page of the list, or its export. */
export async function findAccounts(db: Db, actor: TActor, input: TListAccountsInput, window: TWindow, now = new Date()) {
  assertCan(actor, "manageAccounts");
  const settings = await getSettings(db);
  const live = liveSessionWhere(settings, now);
  const q = input.q?.trim();
  const where = q ? { OR: [{ username: { contains: q, mode: "insensitive" as const } }, { displayName: { contains: q, mode: "insensitive" as const } }] } : {};
  const orderBy = orderOf<(typeof ACCOUNT_SORTS)[number], Prisma.UserOrderByWithRelationInput>(
    { username: (d) => [{ username: d }], role: (d) => [{ role: d }, { username: "asc" }] },
    input,
    [{ username: "asc" }],
  );
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy,
      ...window,
      select: {
        id: true,
        username: true,
        displayName: true,
        role: true,
        active: true,
        failedSignIns: true,
        lockedUntil: true,
        region: { select: { name: true } },
        sessions: { where: live, orderBy: { lastSeenAt: "desc" }, select: { lastSeenAt: true } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      regionName: u.region.name,
      active: u.active,
      failedSignIns: u.failedSignIns,
      lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
      sessions: u.sessions.length,
      lastSeenAt: u.sessions[0]?.lastSeenAt.toISOString() ?? null,
    })),
  };
}

export async function listAccounts(db: Db, actor: TActor, input: TListAccountsInput, now = new Date()) {
  const { total, items } = await findAccounts(db, actor, input, pageWindow(paged(input.page)), now);
  return pageMeta(total, items, paged(input.page));
}

async function accountByUsername(db: Db, username: string) {
  const user = await db.user.findUnique({ where: { username }, select: { id: true, username: true, displayName: true, failedSignIns: true, lockedUntil: true } });
  if (!user) throw notFound();
  return user;
}

/** Lifts a lock (and forgets the failures counted towards one) before it would end by itself. */
export async function unlockAccount(db: Db, actor: TActor, input: { username: string }) {
  assertCan(actor, "manageAccounts");
  const user = await accountByUsername(db, input.username);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    await writeAudit(tx, actor, {
      action: "unlock",
      entity: "User",
      entityId: user.id,
      countyId: null,
      before: { failedSignIns: user.failedSignIns, lockedUntil: user.lockedUntil?.toISOString() ?? null },
      after: { failedSignIns: 0, lockedUntil: null },
    });
    return { username: user.username, displayName: user.displayName };
  });
}

/** Signs an account out everywhere: every session row is revoked, so every token stops working. */
export async function endAccountSessions(db: Db, actor: TActor, input: { username: string }) {
  assertCan(actor, "manageAccounts");
  const user = await accountByUsername(db, input.username);
  return db.$transaction(async (tx) => {
    const count = await revokeUserSessions(tx, user.id, "admin");
    await writeAudit(tx, actor, { action: "endSessions", entity: "User", entityId: user.id, countyId: null, before: null, after: { sessionsEnded: count } });
    return { username: user.username, displayName: user.displayName, count };
  });
}

/** The sign-in attempts the filter and sort pick, in one window: a page of the log, or its export. */
export async function findSignIns(db: Db, actor: TActor, input: TListSignInsInput, window: TWindow) {
  assertCan(actor, "manageAccounts");
  const username = input.username?.trim();
  const where = { ...(username && { username: { contains: username, mode: "insensitive" as const } }), ...(input.outcome && { outcome: input.outcome }) };
  const orderBy = orderOf<(typeof SIGN_IN_SORTS)[number], Prisma.SignInAttemptOrderByWithRelationInput>(
    { at: (d) => [{ at: d }], username: (d) => [{ username: d }, { at: "desc" }], outcome: (d) => [{ outcome: d }, { at: "desc" }] },
    input,
    [{ at: "desc" }],
  );
  const [total, rows] = await Promise.all([
    db.signInAttempt.count({ where }),
    db.signInAttempt.findMany({ where, orderBy, ...window, select: { id: true, at: true, username: true, userId: true, address: true, outcome: true, userAgent: true } }),
  ]);
  return { total, items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

export async function listSignIns(db: Db, actor: TActor, input: TListSignInsInput) {
  const { total, items } = await findSignIns(db, actor, input, pageWindow(paged(input.page)));
  return pageMeta(total, items, paged(input.page));
}

/**
 * A user sets their own password: the current one first, then a new one the policy accepts. Every
 * other session of theirs ends (a trigger on the password; the session making the change stays).
 */
export async function changeOwnPassword(db: Db, actor: TActor, input: { currentPassword: string; newPassword: string }, sessionId?: string) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, username: true, passwordHash: true } });
  if (!user) throw notFound();
  const settings = await getSettings(db);
  // A wrong current password counts like a wrong one at sign-in: a stolen session cannot guess on.
  const guard = await reserveGuess(db, user.id, settings);
  if (!guard.ok) throw badInput("currentPassword", lockedMessage(guard.lockedUntil));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const lockedUntil = await guessFailed(db, user.id, guard, settings);
    throw badInput("currentPassword", lockedUntil ? lockedMessage(lockedUntil) : "pw.currentWrong");
  }
  await guessRight(db, user.id);
  const problem = passwordProblem(input.newPassword, { username: user.username, minLength: settings.passwordMinLength, demo: await isDemoDatabase(db) });
  if (problem) throw badInput("newPassword", problem);
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('tuanjian.keep_session', ${sessionId ?? ""}, true)`;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now } });
    // Sessions a trigger could miss (none today) end here too; the current one stays.
    await revokeUserSessions(tx, user.id, "password", sessionId);
    await writeAudit(tx, actor, { action: "password", entity: "User", entityId: user.id, countyId: null, before: null, after: { passwordChangedAt: now.toISOString() } });
  });
  return { changedAt: now.toISOString() };
}
