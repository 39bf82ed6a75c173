/**
 * Reading a zod 4 schema through `_zod.def`, and a plain value for a field from its name and
 * schema: dates, bounds, enum options, the app's identifiers.
 */
import { idCheckChar } from "@/lib/validation/identity";
import { PLANTED_YEAR } from "./plant";

type TCheck = { check?: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp };
type TDef = {
  type: string;
  shape?: Record<string, TZod>;
  innerType?: TZod;
  in?: TZod;
  out?: TZod;
  entries?: Record<string, string | number>;
  element?: TZod;
  checks?: { _zod: { def: TCheck } }[];
  values?: unknown[];
  options?: TZod[];
};
export type TZod = { _zod: { def: TDef } };

export type TShapeInfo = { core: TZod; optional: boolean; nullable: boolean; hasDefault: boolean };

/** Strips wrappers; a preprocess (a pipe from a transform) is judged by what it pipes into. */
export function unwrap(schema: TZod): TShapeInfo {
  let s = schema;
  const info = { optional: false, nullable: false, hasDefault: false };
  for (;;) {
    const d = s._zod.def;
    if (d.type === "optional" || d.type === "exact_optional") info.optional = true;
    else if (d.type === "default" || d.type === "prefault") info.hasDefault = true;
    else if (d.type === "nullable") info.nullable = true;
    else if (d.type !== "readonly" && d.type !== "catch" && d.type !== "nonoptional" && d.type !== "pipe") return { core: s, ...info };
    if (d.type === "pipe") s = d.in?._zod.def.type === "transform" ? d.out! : d.in!;
    else s = d.innerType!;
  }
}

function bounds(core: TZod) {
  const b: { min?: number; max?: number; pattern?: RegExp } = {};
  for (const c of core._zod.def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === "min_length") b.min = d.minimum;
    if (d.check === "max_length") b.max = d.maximum;
    if (d.check === "greater_than") b.min = Number(d.value) + (d.inclusive ? 0 : 1);
    if (d.check === "less_than") b.max = Number(d.value) - (d.inclusive ? 0 : 1);
    if (d.check === "string_format" && d.format === "regex") b.pattern = d.pattern;
  }
  return b;
}

/** What a plain value varies with: the attempt, whether it is a mutation, a chosen enum option. */
export type TPlainOptions = { attempt: number; mutation: boolean; enumChoice?: { field: string; option: number } };
export type TEnumSeen = { field: string; options: number }[];

const HAN = "明华建国立新春秋文武安平晓雨海燕";
const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

/** A string the pattern accepts, for the shapes the app's schemas use. */
function fromPattern(pattern: RegExp): string | undefined {
  const src = pattern.source;
  const digits = /^\^\\d\{(\d+)\}\$$/.exec(src);
  if (digits) return randomDigits(Number(digits[1]));
  if (src.includes("\\d{4}-\\d{2}-\\d{2}")) return `${PLANTED_YEAR}-05-04`;
  return undefined;
}

/** A plain value from the field's name and schema. */
export function plainValue(field: string, core: TZod, keys: string[], siblings: Record<string, unknown>, o: TPlainOptions, path: string, enums: TEnumSeen): unknown {
  const d = core._zod.def;
  const b = bounds(core);
  switch (d.type) {
    case "string": {
      if (/(On|Date)$/.test(field) || (b.pattern && fromPattern(b.pattern)?.includes("-"))) {
        if (field === "birthDate") return "2000-03-04";
        if (field === "endedOn") return `${PLANTED_YEAR}-06-30`;
        return `${PLANTED_YEAR}-05-04`;
      }
      if (field === "developmentNumber") return `${String(siblings.joinedOn ?? PLANTED_YEAR).slice(0, 4)}${randomDigits(8)}`;
      if (field === "idNumber") {
        const body = `110102${String(siblings.birthDate ?? "2000-03-04").replace(/-/g, "")}${randomDigits(3)}`;
        return body + idCheckChar(body);
      }
      if (field === "phone") return `138${randomDigits(8)}`;
      if (b.pattern) return fromPattern(b.pattern) ?? "";
      const min = b.min ?? 0;
      const text = field === "name" && keys.includes("birthDate") ? `测试${HAN[Math.floor(Math.random() * HAN.length)]}${HAN[Math.floor(Math.random() * HAN.length)]}` : field === "name" ? `测试名称${randomDigits(4)}` : "测试说明";
      return (text.length >= min ? text : text.padEnd(min, "测")).slice(0, b.max ?? text.length);
    }
    case "number": {
      const year = field === "year" || /Year$/.test(field);
      const v = year ? PLANTED_YEAR : (b.min ?? 0);
      return Math.min(Math.max(v, b.min ?? -Infinity), b.max ?? Infinity);
    }
    case "boolean":
      return o.attempt % 2 === 0;
    case "enum": {
      const options = Object.values(d.entries ?? {});
      enums.push({ field: path, options: options.length });
      // Mutations try the last option first: the app's enums list the kinds its figures count
      // first (county committees, committees, secretaries), which a generated record must not add to.
      const ordered = o.mutation ? [...options].reverse() : options;
      const index = o.enumChoice?.field === path ? o.enumChoice.option : o.attempt;
      return ordered[index % ordered.length];
    }
    case "literal":
      return d.values?.[0];
    case "date":
      return new Date(`${PLANTED_YEAR}-05-04T00:00:00Z`);
    case "union":
      return d.options?.[0] ? plainValue(field, unwrap(d.options[0]).core, keys, siblings, o, path, enums) : undefined;
    case "array": {
      const element = d.element ? unwrap(d.element).core : undefined;
      if (!element) return [];
      if (element._zod.def.type === "enum") return Object.values(element._zod.def.entries ?? {}).slice(0, b.max ?? 100);
      return [plainValue(field, element, keys, siblings, o, path, enums)];
    }
    default:
      return undefined;
  }
}
