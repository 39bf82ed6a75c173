import { describe, expect, it } from "vitest";
import { zh } from "@/lib/i18n/zh";
import { INDICATORS, light } from "./catalog";

describe("indicator catalogue", () => {
  it("every indicator has a name and a definition in the catalogue, and a unique code", () => {
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(`${i.key}.name` in zh, i.code).toBe(true);
      expect(`${i.key}.def` in zh, i.code).toBe(true);
    }
  });
  it("traffic lights", () => {
    const c1 = INDICATORS.find((i) => i.code === "C1")!;
    expect(light(c1, 0.99)).toBe("green");
    expect(light(c1, 0.9)).toBe("amber");
    expect(light(c1, 0.5)).toBe("red");
    expect(light(c1, null)).toBeNull();
    expect(light(INDICATORS.find((i) => i.code === "S1")!, 17)).toBeNull();
  });
});
