import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { getRequestSession } from "../auth/session";
import { db } from "../db";
import { createCaller } from "./root";

/** Procedures called from a server component, with the same checks as over HTTP. */
export async function serverCaller() {
  return createCaller({ db: db(), session: await getRequestSession() });
}

/**
 * Runs a server-side read; out-of-scope or missing rows, and addresses whose parts are not even
 * well formed (a code of letters, an id with a NUL), render the not-found page.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") redirect("/sign-in");
    throw e;
  }
}
