import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import { loadActor } from "../actor";
import { sessionUser } from "@/features/accounts/server/sessions";
import { authOptions } from "./options";

export type TRequestSession = { userId: string; sessionId: string };

/**
 * The signed-in user of this request and their session, or null: the token must name a session
 * row still in force (not signed out, revoked, expired or idle) that belongs to its user.
 */
export const getRequestSession = cache(async (): Promise<TRequestSession | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string | null; sid?: string | null } | null;
  if (!session?.userId || !session.sid) return null;
  const userId = await sessionUser(db(), session.sid);
  return userId === session.userId ? { userId, sessionId: session.sid } : null;
});

export async function getSessionUserId(): Promise<string | null> {
  return (await getRequestSession())?.userId ?? null;
}

/** The signed-in actor for a server component, read once per request. */
export const getActor = cache(async () => {
  const userId = await getSessionUserId();
  return userId ? loadActor(db(), userId) : null;
});
