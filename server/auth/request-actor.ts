import "server-only";
import { db } from "../db";
import { loadActor } from "../actor";
import { getSessionUserId } from "./session";

/** The actor behind a route handler request, read from the database like every procedure's. */
export async function requestActor() {
  const userId = await getSessionUserId();
  return userId ? loadActor(db(), userId) : null;
}
