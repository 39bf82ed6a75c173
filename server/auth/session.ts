import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import { loadActor } from "../services/actor";
import { authOptions } from "./options";

export async function getSessionUserId(): Promise<string | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string | null } | null;
  return session?.userId ?? null;
}

/** The signed-in actor for a server component, read once per request. */
export const getActor = cache(async () => {
  const userId = await getSessionUserId();
  return userId ? loadActor(db(), userId) : null;
});
