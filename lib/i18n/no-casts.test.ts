/**
 * Message keys are typed from the catalogue, the enums and the indicator catalogue, so a value
 * without a message fails the type check. A cast to a key type would switch that check off for
 * its line; no source file outside the tests may hold one.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["app", "features", "components", "lib", "server"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
const CAST = /\bas\s+(?:TMessageKey|TPlainMessageKey|keyof\s+typeof\s+(?:zh|en))\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("message keys", () => {
  it("the check recognises a cast", () => {
    expect(CAST.test("t(`orgType.${v}` as TMessageKey)")).toBe(true);
    expect(CAST.test("key as keyof typeof zh")).toBe(true);
    expect(CAST.test("`orgType.${v}` as const satisfies TMessageKey")).toBe(false);
  });

  it("no source file casts a string to a message key", () => {
    const files = FOLDERS.flatMap((f) => sources(path.join(ROOT, f)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (CAST.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
