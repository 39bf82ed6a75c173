/**
 * Builds a procedure's input from its zod schema (zod 4, read through `_zod.def`). Fields are
 * filled by name: references (codes and ids) from a planted set, values that must stay as
 * stored (versions, settings) from the database, everything else from the schema itself (dates,
 * bounds, enum options). A new procedure is covered without being listed here; when its fields
 * cannot be filled, no call of it succeeds and the scope test names it.
 */
import { DEMO_PASSWORD } from "../../auth/demo";
import type { TPlantedSet } from "./plant";
import { referenceOf, refGroup, valueIn, type TEntity, type TRef, type TRefRole } from "./references";
import { plainValue, unwrap, type TShapeInfo, type TZod } from "./zod-walk";

export type { TEntity, TRef } from "./references";
export type { TZod } from "./zod-walk";
export { entityOf, refGroup } from "./references";

/** Reads of the stored state a valid mutation must leave as it is. */
export type TState = {
  record(entity: TEntity, id: string): Promise<Record<string, unknown> | null>;
  version(entity: TEntity, id: string): Promise<number | null>;
  statBasedOn(regionId: string, year: number): Promise<string | null>;
  statVersion(regionId: string, year: number): Promise<number | null>;
  baselineYear(countyCode: string): Promise<number | null>;
  setting(key: string): Promise<number | null>;
  threshold(code: string, field: string): Promise<number | null>;
};

export type TGenOptions = {
  procedure: string;
  mutation: boolean;
  own: TPlantedSet;
  /** The decoy set, and which reference groups take its values ("all", or one group). */
  decoy?: { set: TPlantedSet; group: string };
  /** Varies records, booleans and enum options between attempts. */
  attempt: number;
  /** Which planted record of each kind to use; the attempt's by default. */
  recordIndex?: number;
  /** Reads try every option of every enum, one field at a time. */
  enumChoice?: { field: string; option: number };
  /** Also fill optional references (filters). */
  fillOptional: boolean;
  state: TState;
};

export type TGenerated = { input: unknown; refs: TRef[]; enums: { field: string; options: number }[]; skip: string | null };

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** Fields whose valid value is the one stored now, so a valid call changes nothing others read. */
async function storedValue(field: string, out: Record<string, unknown>, refs: TRef[], o: TGenOptions): Promise<{ value: unknown } | undefined> {
  const s = o.state;
  if (field === "version") {
    const versioned = refs.filter((x) => x.role === "ref" && ["member", "cadre", "org", "school", "unit", "youthHome"].includes(x.entity));
    const r = versioned.find((x) => /(^|\.)id$/.test(x.field)) ?? versioned[0];
    if (r) return { value: (await s.version(r.entity, String(r.value))) ?? 1 };
    // A region's statistics for a year carry their own version.
    if (typeof out.regionId === "string" && typeof out.year === "number") return { value: await s.statVersion(out.regionId, out.year) };
    return undefined;
  }
  if (field === "basedOn" && typeof out.regionId === "string" && typeof out.year === "number") return { value: await s.statBasedOn(out.regionId, out.year) };
  if (field === "baselineYear" && typeof out.countyCode === "string") return { value: await s.baselineYear(out.countyCode) };
  if (field === "value" && typeof out.key === "string") return { value: await s.setting(out.key) };
  if (["target", "green", "amber"].includes(field) && typeof out.code === "string") return { value: await s.threshold(out.code, field) };
  // The fixture accounts keep the demo password: a valid change sets it again.
  if (PASSWORD_FIELDS.includes(field)) return { value: DEMO_PASSWORD };
  return undefined;
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "repeatPassword"];
const STORED = new Set(["version", "basedOn", "baselineYear", "value", "target", "green", "amber", ...PASSWORD_FIELDS]);

async function generateObject(shape: Record<string, TZod>, o: TGenOptions, prefix: string, result: TGenerated): Promise<Record<string, unknown>> {
  const keys = Object.keys(shape);
  const out: Record<string, unknown> = {};
  const refs: [string, TShapeInfo, { role: TRefRole; entity: TEntity } | undefined][] = [];
  const stored: string[] = [];
  // Plain fields first: a reference may depend on them (`kind` names what `id` is).
  for (const [field, schema] of Object.entries(shape)) {
    const info = unwrap(schema);
    const path = prefix + field;
    if (STORED.has(field)) {
      stored.push(field);
      continue;
    }
    const ref = referenceOf(field, keys, o.procedure, out);
    if (ref || field === "id") {
      refs.push([field, info, ref]);
      continue;
    }
    if (info.core._zod.def.type === "object" && info.core._zod.def.shape && !info.optional) {
      out[field] = await generateObject(info.core._zod.def.shape, o, `${path}.`, result);
      continue;
    }
    // A mutation's odd attempts fill what the even ones leave out or null: some rules need a
    // value there (a reason with a rejection, a day with a leaving).
    const fill = o.mutation && o.attempt % 2 === 1;
    if ((info.optional || info.hasDefault) && !fill) continue;
    if (info.nullable && !fill) {
      out[field] = null;
      continue;
    }
    out[field] = plainValue(field, info.core, keys, out, o, path, result.enums);
  }
  // `id` may be resolved after `kind`; references of the object itself come next.
  for (const [field, info, firstGuess] of refs) {
    const ref = field === "id" ? (referenceOf(field, keys, o.procedure, out) ?? firstGuess) : firstGuess;
    if (!ref) {
      // An id of no known kind: left to the schema, so the call fails and the test names it.
      if (!info.optional && !info.hasDefault) out[field] = info.nullable ? null : plainValue(field, info.core, keys, out, o, prefix + field, result.enums);
      continue;
    }
    const filter = info.optional || info.hasDefault;
    const group = refGroup({ field, role: ref.role });
    const useDecoy = Boolean(o.decoy && (o.decoy.group === "all" || o.decoy.group === group));
    // Optional references are filters: filled for the filter variant, or with a decoy's value
    // when that is what the variant tries; never left at the caller's own value beside one.
    if (filter && !(useDecoy || (o.fillOptional && !o.decoy))) continue;
    const set = useDecoy && o.decoy ? o.decoy.set : o.own;
    const found = valueIn(set, ref.role, ref.entity, field, o.recordIndex ?? o.attempt);
    if (!found) {
      if (filter) continue;
      // A reference the planted set cannot fill is not replaced by null: for a save that would
      // create a record (a school, say) where records are counted.
      result.skip ??= `${prefix}${field}: no planted ${ref.entity}`;
      continue;
    }
    out[field] = found.value;
    result.refs.push({ field: prefix + field, role: ref.role, entity: ref.entity, value: found.value, place: found.place, filter, decoy: useDecoy });
  }
  // An edit starts from the record as stored: only the references under test differ.
  const idRef = result.refs.find((r) => r.field === `${prefix}id` && r.role === "ref");
  if (o.mutation && idRef) {
    const record = await o.state.record(idRef.entity, String(idRef.value));
    for (const field of keys) {
      if (!record || !(field in record) || field === "id" || STORED.has(field)) continue;
      if (result.refs.some((r) => r.field === prefix + field && r.decoy !== idRef.decoy)) continue;
      // A value the record does not have yet (the day a member leaves) is the call's to give.
      const info = unwrap(shape[field]!);
      if (record[field] === null && !info.nullable && !info.optional) continue;
      out[field] = day(record[field]);
    }
  }
  for (const field of stored) {
    const v = await storedValue(field, out, result.refs, o);
    const info = unwrap(shape[field]!);
    if (v) out[field] = v.value;
    else if (!info.optional && !info.hasDefault) out[field] = info.nullable ? null : plainValue(field, info.core, keys, out, o, prefix + field, result.enums);
  }
  return out;
}

/** The input of a procedure whose input parsers are `inputs` (tRPC merges several objects). */
export async function generateInput(inputs: TZod[], o: TGenOptions): Promise<TGenerated> {
  const result: TGenerated = { input: undefined, refs: [], enums: [], skip: null };
  if (inputs.length === 0) return result;
  const shape: Record<string, TZod> = {};
  for (const schema of inputs) {
    const core = unwrap(schema).core;
    if (core._zod.def.type !== "object") {
      result.input = plainValue("input", core, [], {}, o, "input", result.enums);
      return result;
    }
    Object.assign(shape, core._zod.def.shape);
  }
  result.input = await generateObject(shape, o, "", result);
  return result;
}
