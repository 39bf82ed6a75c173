import { randomBytes } from "node:crypto";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { getSettings } from "@/features/settings/server/settings";

type Tx = Db | Prisma.TransactionClient;

/** lastSeenAt moves at most this often, so reading a page does not become a write each time. */
export const SEEN_RESOLUTION_MS = 60_000;

export type TRevokeReason = "signOut" | "password" | "role" | "deactivated" | "admin";

/** Opens a session for a user who just signed in; its id goes into the token. */
export async function createSession(db: Tx, input: { userId: string; address: string; userAgent: string }, now = new Date()): Promise<string> {
  const settings = await getSettings(db);
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + settings.sessionAbsoluteHours * 3_600_000),
      address: input.address.slice(0, 64),
      userAgent: input.userAgent.slice(0, 200),
    },
  });
  return id;
}

/** The `where` of sessions still in force: not revoked, not past their life, not idle. */
export function liveSessionWhere(settings: { sessionIdleMinutes: number; sessionAbsoluteHours: number }, now = new Date()) {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    // A shortened lifetime applies to sessions already open too.
    createdAt: { gt: new Date(now.getTime() - settings.sessionAbsoluteHours * 3_600_000) },
    lastSeenAt: { gt: new Date(now.getTime() - settings.sessionIdleMinutes * 60_000) },
  } satisfies Prisma.UserSessionWhereInput;
}

/**
 * The user a session belongs to while it is in force, else null: revoked, expired or idle is
 * signed out. Marks the session seen, at most once a minute.
 */
export async function sessionUser(db: Db, sessionId: string, now = new Date()): Promise<string | null> {
  if (!sessionId || sessionId.length > 64) return null;
  const settings = await getSettings(db);
  const row = await db.userSession.findFirst({
    where: { id: sessionId, ...liveSessionWhere(settings, now), user: { active: true } },
    select: { userId: true, lastSeenAt: true },
  });
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
    // Conditional, so of two requests in the same minute only one writes.
    await db.userSession.updateMany({ where: { id: sessionId, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return row.userId;
}

export async function revokeSession(db: Tx, sessionId: string, reason: TRevokeReason): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

/** Ends every open session of a user; returns how many were open. */
export async function revokeUserSessions(db: Tx, userId: string, reason: TRevokeReason, keep?: string): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep && { id: { not: keep } }) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}
