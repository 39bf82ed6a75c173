import { describe, expect, it } from "vitest";
import { delta, formatValue, percent } from "./format";

describe("indicator formatting", () => {
  it("rounds percentages for display only", () => {
    expect(percent(51 / 70)).toBe("72.9%");
    expect(percent(null)).toBe("—");
    expect(formatValue({ unit: "count" }, { numerator: 1744, value: 1744 })).toBe((1744).toLocaleString());
  });
  it("change in counts and in percentage points, signed by the indicator's direction", () => {
    expect(delta({ unit: "count", higherIsBetter: true }, { numerator: 17, value: 17 }, { numerator: 7, value: 7 })).toMatchObject({ diff: 10, sign: 1, text: "+10" });
    expect(delta({ unit: "ratio", higherIsBetter: true }, { numerator: 1, value: 0.5 }, { numerator: 3, value: 0.75 })).toMatchObject({ sign: -1, text: "-25.0 pp" });
    expect(delta({ unit: "ratio", higherIsBetter: false }, { numerator: 1, value: 0.5 }, { numerator: 3, value: 0.75 })?.sign).toBe(1);
    expect(delta({ unit: "ratio", higherIsBetter: true }, { numerator: 1, value: 0.5 }, null)).toBeNull();
    expect(delta({ unit: "ratio", higherIsBetter: true }, { numerator: 1, value: 0.5 }, { numerator: 0, value: null })).toBeNull();
    expect(delta({ unit: "count", higherIsBetter: true }, { numerator: 4, value: 4 }, { numerator: 4, value: 4 })?.sign).toBe(0);
    expect(delta({ unit: "funnel", higherIsBetter: true }, { numerator: 0, value: 0 }, { numerator: 0, value: 0 })).toBeNull();
  });
});
