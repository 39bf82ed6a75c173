/**
 * Scope, grown from the code rather than listed: every procedure of the router, for every role of
 * the Role enum, called with inputs generated from its zod schema. Marked records are planted in
 * each account's sandbox and in decoy townships outside the scopes; an answer that carries a
 * marker its account may not read, an out-of-scope reference that is not refused, or a procedure
 * that no generated call runs successfully fails the procedure's test.
 *
 * The one named exception of the app's rules: the destination search of transfers lists
 * organisations anywhere by name, type, township and county; and an organisation on the other
 * side of a transfer may be named where that transfer shows (see markers.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../generated/prisma/client.ts";
import { callsFor, listProcedures, viewerOf, type TCallRecord, type TRunContext } from "../test/scope/calls";
import type { TViewer } from "../test/scope/markers";
import { SCOPE_ACCOUNTS, inside } from "../test/scope/places";
import { plantScopeData } from "../test/scope/plant";
import { dbCounterpart, dbState } from "../test/scope/state";
import { callerFor, testDb } from "../test/helpers";
import { appRouter } from "./root";

const procedures = listProcedures(appRouter);
// Mutations first: the reads then also see what they left (a transfer asked for across counties
// shows in both sides' lists).
const ordered = [...procedures.filter((p) => p.type === "mutation"), ...procedures.filter((p) => p.type !== "mutation")];

let ctx: TRunContext;
const viewers = new Map<string, TViewer>();
const records: TCallRecord[] = [];

beforeAll(async () => {
  const db = testDb();
  const planted = await plantScopeData(db);
  ctx = { book: planted.book, sets: planted.sets, state: dbState(db), counterpart: dbCounterpart(db) };
  for (const a of SCOPE_ACCOUNTS) viewers.set(a.username, await viewerOf(db, a.username));
});

describe("fixture accounts", () => {
  it("every role of the Role enum is held by a fixture account", () => {
    const held = new Set([...viewers.values()].map((v) => v.role));
    expect(Object.values(Role).filter((role) => !held.has(role)), "roles without a fixture account in server/test/scope/places.ts").toEqual([]);
  });
  it("every account that does not see the whole tree has decoys outside its scope", () => {
    for (const v of viewers.values()) {
      if (v.scopePath.split("/").length <= 2) continue;
      expect(ctx.sets.some((s) => s.place.owner === null && !inside(s.place.path, v.scopePath)), v.username).toBe(true);
    }
  });
});

describe("every procedure, every role, generated inputs", () => {
  it("the router has procedures", () => expect(procedures.length).toBeGreaterThan(0));
  for (const p of ordered) {
    it(`${p.path} (${p.type})`, async () => {
      const mine: TCallRecord[] = [];
      for (const a of SCOPE_ACCOUNTS) {
        const caller = (await callerFor(a.username)) as unknown as Record<string, unknown>;
        mine.push(...(await callsFor(p, a.username, caller, viewers.get(a.username)!, ctx)));
      }
      records.push(...mine);
      const leaks = mine.flatMap((r) => r.leaks.map((l) => `${r.account} (${r.variant}): ${l.what}`));
      const accepted = mine.filter((r) => r.mustRefuse && r.outcome === "OK").map((r) => `${r.account} (${r.variant})`);
      const valid = mine.filter((r) => r.outcome === "OK" && !r.variant.startsWith("decoy"));
      expect.soft([...new Set(leaks)], "markers of records outside the account's scope").toEqual([]);
      expect.soft(accepted, "out-of-scope references accepted").toEqual([]);
      expect(valid.length, `no generated call of ${p.path} succeeded: ${[...new Set(mine.map((r) => `${r.account} ${r.variant} ${r.outcome}`))].slice(0, 12).join("; ")}`).toBeGreaterThan(0);
    });
  }
});

describe("the scan", () => {
  it("finds planted markers of every kind in answers their accounts may read", () => {
    const kinds = new Set(records.flatMap((r) => r.seen));
    expect([...kinds].sort()).toEqual(["directory", "marker", "personal"]);
  });
});

afterAll(() => {
  // Every call with what it answered, for reading a failure in full.
  mkdirSync(".data/test", { recursive: true });
  writeFileSync(".data/test/scope-calls.json", JSON.stringify(records, null, 1));
  const valid = new Set(records.filter((r) => r.outcome === "OK" && !r.variant.startsWith("decoy")).map((r) => r.procedure));
  const decoy = records.filter((r) => r.variant.startsWith("decoy"));
  const leaky = new Set(records.filter((r) => r.leaks.length).map((r) => r.procedure));
  console.log(
    `[scope] procedures: ${valid.size} of ${procedures.length} with a valid call; calls: ${records.length} ` +
      `(${records.length - decoy.length} own, ${decoy.length} decoy of which ${decoy.filter((r) => r.outcome !== "OK").length} refused), OK: ${records.filter((r) => r.outcome === "OK").length}; ` +
      `leaks: ${records.reduce((n, r) => n + r.leaks.length, 0)} in ${leaky.size} procedures${leaky.size ? ` (${[...leaky].join(", ")})` : ""}; ` +
      `out-of-scope accepted: ${records.filter((r) => r.mustRefuse && r.outcome === "OK").length}; markers planted: ${ctx?.book.size ?? 0}`,
  );
});
