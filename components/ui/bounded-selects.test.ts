/**
 * No select offers more than 30 options: a long list goes through the picker (picker.tsx), which
 * searches and pages. Read from the code rather than rendered: every <select>, <SelectField> and
 * <FilterSelect> in the app names where its options come from, and each source must be a fixed
 * list known here (checked by its length) or a range whose length is a number no greater than 30.
 * A new select over a query's answer, or over a list this test does not know, fails it.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SIGN_IN_OUTCOMES } from "@/features/accounts/schema";
import { CADRE_SOURCES, EDUCATIONS, POSTS, STAFFING_TYPES } from "@/features/cadres/schema";
import { DEMO_LEVELS, SCHOOL_KINDS, UNIT_KINDS } from "@/features/coverage/schema";
import { INDICATORS } from "@/features/indicators/catalog";
import { LEAVE_REASONS, MEMBER_CATEGORIES, REGISTRATION_STATUSES } from "@/features/members/schema";
import { ORG_DOMAINS, ORG_STATUSES, ORG_TYPES, SETUP_MODES } from "@/features/orgs/schema";
import { GENDERS } from "@/lib/schemas/common";

const MAX_OPTIONS = 30;

/** The fixed lists a select may offer. */
const FIXED: Record<string, readonly unknown[]> = {
  SIGN_IN_OUTCOMES,
  CADRE_SOURCES,
  EDUCATIONS,
  POSTS,
  STAFFING_TYPES,
  DEMO_LEVELS,
  SCHOOL_KINDS,
  UNIT_KINDS,
  INDICATORS,
  LEAVE_REASONS,
  MEMBER_CATEGORIES,
  REGISTRATION_STATUSES,
  ORG_DOMAINS,
  ORG_STATUSES,
  ORG_TYPES,
  SETUP_MODES,
  GENDERS,
};

/** Components that draw a select from `props.options`: their call sites are read instead. */
const PASS_THROUGH = ["SelectField", "FilterSelect"];

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : sourceFiles(full);
    return e.name.endsWith(".tsx") ? [full] : [];
  });
}

type TSelect = { file: string; line: number; text: string };

/** Every select in a file: a <select> to its end tag, or a pass-through component's element. */
export function selectsIn(file: string, code: string): TSelect[] {
  const found: TSelect[] = [];
  const pattern = new RegExp(`<select\\b[\\s\\S]*?</select>|<(?:${PASS_THROUGH.join("|")})\\b[\\s\\S]*?/>`, "g");
  for (const m of code.matchAll(pattern)) found.push({ file, line: code.slice(0, m.index).split("\n").length, text: m[0] });
  return found;
}

/** The length expression of `Array.from({ length: … })`, bounded when its numbers are all small and nothing else counts. */
function boundedLength(expr: string): boolean {
  const min = /^Math\.min\(\s*(\d+)\s*,/.exec(expr.trim());
  if (min) return Number(min[1]) <= MAX_OPTIONS;
  const numbers = [...expr.matchAll(/\b\d+\b/g)].map((n) => Number(n[0]));
  return numbers.length > 0 && numbers.every((n) => n <= MAX_OPTIONS) && !/\.length|data|props\./.test(expr);
}

/** Why the select's options may exceed the bound, or null when they cannot. */
export function problemOf(select: TSelect, code: string): string | null {
  const sources = [
    ...[...select.text.matchAll(/options=\{\s*([A-Za-z_$][\w$.]*)/g)].map((m) => m[1]!.replace(/\.map$/, "")),
    ...[...select.text.matchAll(/([A-Za-z_$][\w$.?]*?)\??\.map\(/g)].map((m) => m[1]!.replace(/\?/g, "")),
  ];
  for (const m of select.text.matchAll(/Array\.from\(\{\s*length:\s*([^}]+)\}/g)) if (!boundedLength(m[1]!)) return `a range of unbounded length: ${m[1]}`;
  if (/options=\{\s*[^\sA-Za-z_$]|\)\.map\(/.test(select.text)) return "options from an expression (a query's answer?): use the Picker";
  const literal = (select.text.match(/<option\b/g) ?? []).length;
  if (literal > MAX_OPTIONS) return `${literal} options written out`;
  for (const name of new Set(sources)) {
    if ((name === "props.options" || name === "options") && PASS_THROUGH.some((c) => new RegExp(`function ${c}\\b`).test(code))) continue;
    if (name in FIXED) {
      if (FIXED[name]!.length > MAX_OPTIONS) return `${name} has ${FIXED[name]!.length} entries`;
      continue;
    }
    const local = new RegExp(`const ${name.replace(/[.$]/g, "\\$&")} = Array\\.from\\(\\{\\s*length:\\s*([^}]+)\\}`).exec(code);
    if (local && boundedLength(local[1]!)) continue;
    return `options from ${name}, which is not a fixed list of at most ${MAX_OPTIONS}: use the Picker`;
  }
  return null;
}

describe("selects", () => {
  const files = ["app", "components", "features"].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const selects = files.flatMap((f) => selectsIn(path.relative(ROOT, f), readFileSync(f, "utf8")));

  it("are found (the scan reads the code it guards)", () => {
    expect(selects.length).toBeGreaterThan(10);
  });

  it(`offer at most ${MAX_OPTIONS} options each; longer lists use the picker`, () => {
    const problems = selects.flatMap((s) => {
      const problem = problemOf(s, readFileSync(path.join(ROOT, s.file), "utf8"));
      return problem ? [`${s.file}:${s.line}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("refuses a select over a query's answer and an unbounded range", () => {
    const query = { file: "x.tsx", line: 1, text: `<SelectField label="x" options={(orgs.data ?? []).map((o) => o)} />` };
    expect(problemOf(query, "")).not.toBeNull();
    const optional = { file: "x.tsx", line: 1, text: `<select>{provinces.data?.map((p) => <option key={p.code} />)}</select>` };
    expect(problemOf(optional, "")).not.toBeNull();
    const range = { file: "x.tsx", line: 1, text: `<select>{years.map((y) => <option key={y} />)}</select>` };
    expect(problemOf(range, "const years = Array.from({ length: now - joined }, (_, i) => i);")).not.toBeNull();
    expect(problemOf(range, "const years = Array.from({ length: 8 }, (_, i) => i);")).toBeNull();
  });
});
