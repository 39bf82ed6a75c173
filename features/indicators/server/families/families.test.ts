import { describe, expect, it } from "vitest";
import { INDICATORS } from "@/features/indicators/catalog";
import { FAMILIES } from ".";

describe("indicator families", () => {
  it("every catalogued indicator belongs to exactly one family, and every family code is catalogued", () => {
    const codes = FAMILIES.flatMap((f) => [...f.codes]);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(INDICATORS.map((d) => d.code).sort());
  });

  it("each family says, for each of its indicators, which records lie behind the number", () => {
    for (const f of FAMILIES) expect(Object.keys(f.drill).sort()).toEqual([...f.codes].sort());
  });
});
