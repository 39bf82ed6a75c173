import { TRPCError } from "@trpc/server";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../db";
import { createCaller } from "../trpc/root";

let shared: Db | undefined;

export function testDb(): Db {
  shared ??= createDb(inject("databaseUrl"));
  return shared;
}

const ids = new Map<string, string>();

/**
 * Runs `f` holding a named lock shared by every test file: for a test that holds a county's
 * figures of past years still while it changes things today, and for the tests beside it that
 * would move those figures (a member who joined years ago, say). One worker on the embedded
 * database runs the files one at a time, so nothing is locked there.
 */
export async function holding<T>(name: string, f: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_POOL_MAX === "1") return f();
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`test:${name}`]);
    return await f();
  } finally {
    // Ending the connection releases the lock.
    await client.end();
  }
}

/** The lock of tests that hold 新郑市's past figures still, or would move them. */
export const XINZHENG_PAST = "xinzheng-past";

/** A caller signed in as the named demo account, exactly as a request would be. */
export async function callerFor(username: string | null) {
  const db = testDb();
  if (!username) return createCaller({ db, session: null });
  let id = ids.get(username);
  if (!id) {
    const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    id = user.id;
    ids.set(username, id);
  }
  return createCaller({ db, session: { userId: id } });
}

/** Resolves to the tRPC error code a call fails with, or "OK". */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

export const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A village or community of the county with no live organisation, for tests that add one. */
export async function uncoveredVillage(countyCode: string, townshipCode?: string) {
  const db = testDb();
  const v = await db.region.findFirst({
    where: {
      level: { in: ["VILLAGE", "COMMUNITY"] },
      path: { contains: `/${townshipCode ?? countyCode}` },
      organisations: { none: { status: { in: ["ACTIVE", "RECTIFYING"] } } },
    },
    orderBy: { code: "desc" },
    select: { id: true, name: true, code: true },
  });
  if (!v) throw new Error(`No uncovered village left in ${townshipCode ?? countyCode}: use a fresh test database.`);
  return v;
}

/** The catalogue key the user would see beside `field` when the call is refused. */
export async function fieldMessage(call: Promise<unknown>, field: string): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const cause = e.cause as { issues?: { path: PropertyKey[]; message: string }[]; field?: string; message?: string } | undefined;
    const issue = cause?.issues?.find((i) => i.path.map(String).join(".") === field);
    if (issue) return issue.message;
    if (cause?.field === field) return cause.message ?? null;
    return `${e.code}: ${e.message}`;
  }
}
