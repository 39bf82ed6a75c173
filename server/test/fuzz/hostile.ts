/**
 * Malformed inputs for a procedure, derived from its zod schema: a plain input built from the
 * field names and types, then one or two fields replaced by a value that field must refuse (the
 * wrong type, NUL or a lone surrogate, a string past its bound, an impossible or far-out date, a
 * number outside its bounds or not whole), or the whole input replaced by something that is not
 * an object. Every value is chosen so that a correct procedure refuses the call.
 */
import { plainValue, unwrap, type TZod } from "../scope/zod-walk";

export type TRandom = () => number;

/** A small seeded generator (mulberry32), so a failing sample can be made again. */
export function seeded(seed: number): TRandom {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: TRandom, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

type TField = { path: string[]; schema: TZod };

/** Every field of an object input, nested objects included (their own fields, and themselves). */
function fieldsOf(schema: TZod, path: string[] = [], depth = 0): TField[] {
  const { core } = unwrap(schema);
  const d = core._zod.def;
  if (d.type !== "object" || !d.shape || depth > 4) return [];
  return Object.entries(d.shape).flatMap(([k, s]) => [{ path: [...path, k], schema: s }, ...fieldsOf(s, [...path, k], depth + 1)]);
}

function checksOf(core: TZod) {
  const b: { min?: number; max?: number; int?: boolean; pattern?: boolean; length?: boolean } = {};
  for (const c of core._zod.def.checks ?? []) {
    const d = c._zod.def as { check?: string; minimum?: number; maximum?: number; value?: number; format?: string };
    if (d.check === "min_length") b.min = d.minimum;
    if (d.check === "max_length") b.max = d.maximum;
    if (d.check === "greater_than") b.min = Number(d.value);
    if (d.check === "less_than") b.max = Number(d.value);
    if (d.check === "number_format" && d.format?.includes("int")) b.int = true;
    if (d.check === "string_format") b.pattern = true;
  }
  const def = core._zod.def as { format?: string };
  if (def.format?.includes("int")) b.int = true;
  return b;
}

const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";

/** Values a field of this schema must refuse. */
export function hostileValues(schema: TZod, field: string): unknown[] {
  const { core, optional, nullable, hasDefault } = unwrap(schema);
  const d = core._zod.def;
  const b = checksOf(core);
  const wrongTypes: unknown[] = [{ $where: "1" }, ["x"]];
  if (!optional && !hasDefault) wrongTypes.push(undefined);
  if (!nullable && !optional && !hasDefault) wrongTypes.push(null);
  switch (d.type) {
    case "string": {
      const dateLike = /(On|Date|asOf)$/.test(field);
      const out: unknown[] = [...wrongTypes, 12345, true, `a\u0000b`, `x${LONE_HIGH}`, `${LONE_LOW}y`, "\u0000"];
      out.push("长".repeat(Math.max((b.max ?? 100_000) + 1, 1)));
      if (dateLike) out.push("0000-01-01", "2021-02-30", "9999-12-31", "2021-13-01", "1899-12-31", "2021-5-4", "2021-05-04T00:00:00Z");
      return out;
    }
    case "number": {
      const out: unknown[] = [...wrongTypes, "12", true, Number.NaN, Number.POSITIVE_INFINITY, 1e308, -1e308];
      if (b.int) out.push(1.5);
      if (b.min !== undefined) out.push(b.min - 1);
      if (b.max !== undefined) out.push(b.max + 1);
      return out;
    }
    case "boolean":
      return [...wrongTypes, "true", 1, 0, "是"];
    case "enum":
      return [...wrongTypes, "NOT_AN_OPTION", "", 0, `${String(Object.values(d.entries ?? {})[0] ?? "")}\u0000`];
    case "array": {
      const out: unknown[] = [{ $where: "1" }, "x", 12];
      if (!optional && !hasDefault) out.push(undefined);
      if (b.max !== undefined) out.push(Array.from({ length: b.max + 1 }, () => "x"));
      out.push([`a\u0000`], [{ nested: LONE_HIGH }]);
      return out;
    }
    case "object":
      return [...wrongTypes.filter((v) => !(typeof v === "object" && v !== null && !Array.isArray(v))), "x", 12, true];
    default:
      return wrongTypes;
  }
}

/** A plain input for the schema, built from its fields' names (valid in form, not in references). */
export function plainInput(schema: TZod | undefined): unknown {
  if (!schema) return undefined;
  const build = (s: TZod, field: string, depth: number): unknown => {
    const { core, optional } = unwrap(s);
    const d = core._zod.def;
    if (d.type === "object" && d.shape) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape)) out[k] = build(v, k, depth + 1);
      return out;
    }
    const v = plainValue(field, core, [], {}, { attempt: 0, mutation: true }, field, []);
    return v === undefined && optional ? undefined : v;
  };
  return build(schema, "", 0);
}

function setAt(input: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const out = structuredClone(input);
  let o: Record<string, unknown> = out;
  for (const k of path.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== "object") o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined) delete o[last];
  else o[last] = value;
  return out;
}

export type TSample = { input: unknown; describe: string };

/** `n` malformed inputs for a procedure's input schema, the same ones for the same seed. */
export function hostileSamples(schema: TZod | undefined, n: number, r: TRandom): TSample[] {
  const base = plainInput(schema);
  const fields = schema ? fieldsOf(schema) : [];
  const whole: TSample[] = [
    { input: "x", describe: "input: a string" },
    { input: 12, describe: "input: a number" },
    { input: [base], describe: "input: an array" },
    { input: `\u0000`, describe: "input: NUL" },
  ];
  if (fields.length === 0) return whole.slice(0, n);
  const out: TSample[] = [];
  for (let i = 0; out.length < n; i++) {
    if (i % 10 === 9) {
      out.push(pick(r, whole));
      continue;
    }
    let input = base as Record<string, unknown>;
    const parts: string[] = [];
    const times = r() < 0.25 ? 2 : 1;
    for (let k = 0; k < times; k++) {
      const f = pick(r, fields);
      const v = pick(r, hostileValues(f.schema, f.path.at(-1)!));
      input = setAt(input, f.path, v);
      parts.push(`${f.path.join(".")}=${describeValue(v)}`);
    }
    out.push({ input, describe: parts.join(", ") });
  }
  return out;
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return v.length > 20 ? `"${v.slice(0, 8)}…" (${v.length} chars)` : JSON.stringify(v);
  if (typeof v === "number") return String(v);
  if (v === undefined) return "(left out)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 30 ? `${s.slice(0, 27)}…` : s;
}
