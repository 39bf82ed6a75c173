import { describe, expect, it } from "vitest";
import { percent } from "@/features/indicators/ui/format";
import { ratio } from "./indicators";

describe("ratio", () => {
  it("keeps numerator and denominator and the exact value", () => {
    expect(ratio(51, 70)).toEqual({ numerator: 51, denominator: 70, value: 51 / 70 });
  });
  it("has no value when nothing is due", () => expect(ratio(0, 0).value).toBeNull());
  it("rounds only for display", () => {
    expect(percent(ratio(51, 70).value)).toBe("72.9%");
    expect(percent(ratio(276, 491).value)).toBe("56.2%");
    expect(percent(null)).toBe("—");
  });
});
