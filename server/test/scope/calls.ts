/**
 * Enumerates a router's procedures and makes the generated calls of one procedure for one
 * account: calls with the account's own planted records (a mutation until one succeeds), then
 * calls with each decoy set outside its scope, every answer scanned for markers.
 */
import { TRPCError } from "@trpc/server";
import type { Db } from "../../db";
import { generateInput, refGroup, type TGenOptions, type TGenerated, type TState, type TZod } from "./inputs";
import { leaksIn, readableIn, type MarkerBook, type TCounterpart, type TLeak, type TMarkerKind, type TViewer } from "./markers";
import { disjoint, inside } from "./places";
import { DECOY_RECORD, type TPlantedSet } from "./plant";

export type TProcedure = { path: string; type: string; inputs: TZod[] };

/** Every procedure of the router, flat, with its type and input parsers. */
export function listProcedures(router: unknown): TProcedure[] {
  const record = (router as { _def: { procedures: Record<string, { _def: { type: string; inputs?: unknown[] } }> } })._def.procedures;
  return Object.entries(record)
    .map(([path, p]) => ({ path, type: p._def.type, inputs: (p._def.inputs ?? []) as TZod[] }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export async function viewerOf(db: Db, username: string): Promise<TViewer> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, select: { role: true, region: { select: { path: true, level: true, countyId: true } } } });
  return { username, role: u.role, scopePath: u.region.path, regionLevel: u.region.level, countyId: u.region.countyId };
}

export type TCallRecord = {
  procedure: string;
  account: string;
  variant: string;
  outcome: string;
  leaks: TLeak[];
  /** A reference the call acts on (not a filter) lay outside the scope: anything but a refusal fails. */
  mustRefuse: boolean;
  /** Kinds of planted markers the answer carried that the account may read. */
  seen: TMarkerKind[];
  input: unknown;
  /** The refusal's message, for reading why a call failed. */
  refusal?: string;
};

const stringify = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x)) ?? "";

type TCaller = Record<string, unknown>;

async function invoke(caller: TCaller, path: string, input: unknown): Promise<{ outcome: string; text: string }> {
  const fn = path.split(".").reduce<unknown>((o, k) => (o as TCaller)[k], caller) as (i: unknown) => Promise<unknown>;
  try {
    return { outcome: "OK", text: stringify(await fn(input)) };
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const cause = e.cause as { message?: string; issues?: unknown; field?: string } | undefined;
    return { outcome: e.code, text: `${e.message} ${stringify({ message: cause?.message, issues: cause?.issues, field: cause?.field })}` };
  }
}

export type TRunContext = { book: MarkerBook; state: TState; sets: TPlantedSet[]; counterpart: TCounterpart };

/** Makes every generated call of `p` for one account and returns what each answered. */
export async function callsFor(p: TProcedure, account: string, caller: TCaller, viewer: TViewer, ctx: TRunContext): Promise<TCallRecord[]> {
  const own = ctx.sets.find((s) => s.place.owner === account);
  if (!own) throw new Error(`No sandbox set for ${account}`);
  const mutation = p.type === "mutation";
  const records: TCallRecord[] = [];
  const base: Omit<TGenOptions, "attempt"> = { procedure: p.path, mutation, own, fillOptional: false, state: ctx.state };

  const run = async (variant: string, g: TGenerated) => {
    const sent = stringify(g.input);
    const { outcome, text } = await invoke(caller, p.path, g.input);
    const mustRefuse = g.refs.some((r) => r.decoy && !r.filter && r.role === "ref" && disjoint(r.place, viewer.scopePath));
    const seen = [...new Set(readableIn(ctx.book, text, viewer, p.path).map((m) => m.kind))];
    const record = { procedure: p.path, account, variant, outcome, leaks: await leaksIn(ctx.book, text, sent, viewer, p.path, ctx.counterpart), mustRefuse, seen, input: g.input, ...(outcome !== "OK" && { refusal: text.slice(0, 300) }) };
    records.push(record);
    return record;
  };

  if (mutation) {
    // Attempts differ in records, booleans, enum options and what is left out; the first
    // success is enough, and a refusal of the role itself ends them.
    for (let attempt = 0; attempt < 4; attempt++) {
      const g = await generateInput(p.inputs, { ...base, attempt });
      if (g.skip) break;
      const { outcome } = await run(`own #${attempt}`, g);
      if (outcome === "OK" || outcome === "FORBIDDEN" || outcome === "UNAUTHORIZED") break;
    }
  } else {
    const g = await generateInput(p.inputs, { ...base, attempt: 0 });
    if (!g.skip) await run("own", g);
    const filtered = await generateInput(p.inputs, { ...base, attempt: 0, fillOptional: true });
    if (!filtered.skip && stringify(filtered.input) !== stringify(g.input)) await run("own, filtered", filtered);
    for (const e of g.enums) {
      for (let option = 1; option < e.options; option++) {
        const v = await generateInput(p.inputs, { ...base, attempt: 0, enumChoice: { field: e.field, option } });
        if (!v.skip) await run(`own, ${e.field} #${option}`, v);
      }
    }
    // Decoy townships inside the scope are read as well: a transfer sent there from another
    // county shows in their lists.
    for (const other of ctx.sets.filter((s) => s.place.owner === null && inside(s.place.path, viewer.scopePath))) {
      const v = await generateInput(p.inputs, { ...base, own: other, attempt: 0 });
      if (!v.skip && stringify(v.input) !== stringify(g.input)) await run(`inside ${other.place.townshipName}`, v);
    }
  }

  // Decoy calls use the last planted member, which no valid call has moved or sent elsewhere.
  const decoyBase = { ...base, attempt: 0, recordIndex: DECOY_RECORD };
  for (const decoy of ctx.sets.filter((s) => s.place.owner === null && !inside(s.place.path, viewer.scopePath))) {
    const all = await generateInput(p.inputs, { ...decoyBase, decoy: { set: decoy, group: "all" } });
    const groups = [...new Set(all.refs.filter((r) => r.decoy).map(refGroup))];
    if (all.skip || groups.length === 0) continue;
    const where = decoy.place.townshipName;
    await run(`decoy ${where}`, all);
    if (groups.length < 2) continue;
    for (const group of groups) {
      const one = await generateInput(p.inputs, { ...decoyBase, decoy: { set: decoy, group } });
      if (!one.skip) await run(`decoy ${where}: ${group}`, one);
    }
  }
  return records;
}
