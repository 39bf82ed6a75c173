/**
 * The fuzz test: malformed inputs, derived from each procedure's own schema, sent to every
 * mutation of the router against a real PostgreSQL. It fails on an answer of 500, on a refusal
 * whose message is not a catalogue key (or, for a refused field, names no field), on a hostile
 * call that is accepted, and on any row written by a refused call (every transaction begun during
 * the call must have been rolled back). It runs on its own, with no other writer on the server:
 * transaction ids are the server's, not one database's.
 *
 * FUZZ_SAMPLES sets the calls per mutation (30 in `npm test`, 200 in `npm run fuzz`); FUZZ_SEED
 * changes the sample.
 */
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { isMessageKey } from "@/lib/i18n";
import { decodeMessage } from "@/lib/validation/messages";
import { appRouter } from "../../trpc/root";
import { describeError } from "../../trpc/errors";
import { callerFor, testDb } from "../helpers";
import { listProcedures } from "../scope/calls";
import { unwrap, type TZod } from "../scope/zod-walk";
import { hostileSamples, seeded } from "./hostile";

const SAMPLES = Number(process.env.FUZZ_SAMPLES) || 30;
const SEED = Number(process.env.FUZZ_SEED) || 20261201;
/** Accounts the calls are made as: every role may reach something, none may reach everything. */
const ACCOUNTS = ["admin", "county-xinzheng", "township-xinzheng", "reviewer-zhengzhou"] as const;

const procedures = listProcedures(appRouter);
const mutations = procedures.filter((p) => p.type === "mutation");
/** Mutations first; queries with an input are sent the same malformed inputs (they must not answer 500 either). */
const targets = [...mutations, ...procedures.filter((p) => p.type === "query" && p.inputs.length > 0)];

type TFinding = { procedure: string; account: string; sample: string; problem: string };
const findings: TFinding[] = [];
let calls = 0;

/** The next transaction id PostgreSQL will hand out: a call that writes takes one or more. */
async function nextXid(): Promise<bigint> {
  const [row] = await testDb().$queryRaw<{ x: string }[]>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`;
  return BigInt(row!.x);
}

/** Transactions begun between two marks that committed (a refused call's must all roll back). */
async function committedBetween(from: bigint, to: bigint): Promise<number> {
  if (to <= from) return 0;
  const [row] = await testDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM generate_series(${from.toString()}::bigint, ${(to - 1n).toString()}::bigint) x
     WHERE pg_xact_status(x::text::xid8) = 'committed'`;
  return row!.n;
}

function problemOf(e: unknown): string | null {
  if (!(e instanceof TRPCError)) return `not a refusal: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`;
  if (e.code === "INTERNAL_SERVER_ERROR") return `500: ${String((e.cause as Error | undefined)?.message ?? e.message).slice(0, 300)}`;
  const shape = describeError(e, undefined);
  if (!isMessageKey(decodeMessage(shape.message).key)) return `message is not a catalogue key: ${shape.message.slice(0, 120)}`;
  if (e.code === "BAD_REQUEST") {
    const fields = Object.entries(shape.fieldErrors ?? {});
    if (fields.length === 0) return `refused without naming a field: ${shape.message}`;
    for (const [field, messages] of fields) {
      if (!field) return "a refusal names an empty field";
      for (const m of messages) if (!isMessageKey(decodeMessage(m).key)) return `field ${field}: message is not a catalogue key: ${m.slice(0, 120)}`;
    }
  }
  return null;
}

describe("fuzz: malformed input to every mutation, and every query that takes input", () => {
  it("the router has mutations", () => expect(mutations.length).toBeGreaterThan(10));

  for (const [index, p] of targets.entries()) {
    it(`${p.path} (${p.type}): ${SAMPLES} malformed calls, each refused cleanly and writing nothing`, async () => {
      const r = seeded(SEED + index);
      const samples = hostileSamples(p.inputs[0], SAMPLES, r);
      for (const [i, sample] of samples.entries()) {
        const account = ACCOUNTS[i % ACCOUNTS.length]!;
        const caller = (await callerFor(account)) as unknown as Record<string, unknown>;
        const fn = p.path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input: unknown) => Promise<unknown>;
        const before = await nextXid();
        let problem: string | null = null;
        try {
          await fn(sample.input);
          problem = "accepted";
        } catch (e) {
          problem = problemOf(e);
          const after = await nextXid();
          const committed = await committedBetween(before, after);
          if (committed > 0) problem = `${problem ? `${problem}; ` : ""}${committed} transaction(s) committed by a refused call`;
        }
        calls++;
        if (problem) findings.push({ procedure: p.path, account, sample: sample.describe, problem });
      }
      const mine = findings.filter((f) => f.procedure === p.path);
      expect(mine.map((f) => `${f.account} · ${f.sample} → ${f.problem}`)).toEqual([]);
    });
  }
});

/** Strings and numbers an input accepts without bound: each would let a caller store anything. */
function unbounded(schema: TZod | undefined, path = "input", depth = 0): string[] {
  if (!schema || depth > 6) return [];
  const { core } = unwrap(schema);
  const d = core._zod.def as { type: string; shape?: Record<string, TZod>; element?: TZod; options?: TZod[]; checks?: { _zod: { def: { check?: string; format?: string } } }[]; format?: string };
  const checks = (d.checks ?? []).map((c) => c._zod.def.check);
  switch (d.type) {
    case "object":
      return Object.entries(d.shape ?? {}).flatMap(([k, s]) => unbounded(s, `${path}.${k}`, depth + 1));
    case "array":
      return [...(checks.includes("max_length") ? [] : [`${path} (array without a maximum length)`]), ...unbounded(d.element, `${path}[]`, depth + 1)];
    case "union":
      return (d.options ?? []).flatMap((o) => unbounded(o, path, depth + 1));
    case "string":
      return checks.includes("max_length") || checks.includes("length_equals") || checks.includes("string_format") ? [] : [`${path} (text without a maximum length)`];
    case "number": {
      const lower = checks.includes("greater_than") || /int32|uint32|safeint/.test(d.format ?? "");
      const upper = checks.includes("less_than") || /int32|uint32|safeint/.test(d.format ?? "");
      return lower && upper ? [] : [`${path} (number without ${lower ? "an upper" : upper ? "a lower" : "bounds"})`];
    }
    default:
      return [];
  }
}

describe("every input is bounded", () => {
  it("no procedure takes text, lists or numbers without bounds", () => {
    const found = procedures.flatMap((p) => unbounded(p.inputs[0]).map((f) => `${p.path}: ${f}`));
    expect(found).toEqual([]);
  });
});

afterAll(() => {
  const by = new Map<string, number>();
  for (const f of findings) by.set(f.procedure, (by.get(f.procedure) ?? 0) + 1);
  console.log(`[fuzz] ${mutations.length} mutations and ${targets.length - mutations.length} queries, ${calls} malformed calls (seed ${SEED}, ${SAMPLES} per mutation): ${findings.length} findings${by.size ? ` in ${[...by].map(([p, n]) => `${p} (${n})`).join(", ")}` : ""}`);
});
