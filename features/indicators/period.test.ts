import { describe, expect, it } from "vitest";
import { ZPeriod, monthsOf, parsePeriod, periodBounds, periodLabel, previousPeriod } from "./period";

const today = new Date("2026-11-23T10:00:00Z");

describe("reporting periods", () => {
  it("labels and parses years, quarters and months", () => {
    for (const label of ["2021", "2021-Q3", "2021-07"]) expect(periodLabel(parsePeriod(label)!)).toBe(label);
    expect(parsePeriod("2021-13")).toBeNull();
    expect(parsePeriod("2021-Q5")).toBeNull();
    expect(parsePeriod(null)).toBeNull();
    expect(ZPeriod.safeParse({ year: 2021, quarter: 1, month: 2 }).success).toBe(false);
  });
  it("a closed period ends on its last day; a running one today", () => {
    expect(periodBounds({ year: 2021 }, today)).toMatchObject({ from: "2021-01-01", to: "2022-01-01", until: "2022-01-01", asOf: "2021-12-31", key: "2021@2021-12-31", running: false });
    expect(periodBounds({ year: 2021, quarter: 2 }, today)).toMatchObject({ from: "2021-04-01", asOf: "2021-06-30", yearFrom: "2021-01-01" });
    expect(periodBounds({ year: 2024, month: 2 }, today).asOf).toBe("2024-02-29");
    expect(periodBounds({ year: 2026 }, today)).toMatchObject({ asOf: "2026-11-23", until: "2026-11-24", running: true });
  });
  it("an earlier as-of date inside the period cuts both states and events; others are ignored", () => {
    expect(periodBounds({ year: 2021 }, today, "2021-03-31")).toMatchObject({ asOf: "2021-03-31", until: "2021-04-01", key: "2021@2021-03-31" });
    expect(periodBounds({ year: 2021 }, today, "2022-03-31").asOf).toBe("2021-12-31");
    expect(periodBounds({ year: 2021 }, today, "2020-03-31").asOf).toBe("2021-12-31");
    expect(periodBounds({ year: 2021 }, today, "nonsense").asOf).toBe("2021-12-31");
  });
  it("the previous period, and the months of a year so far", () => {
    expect(previousPeriod({ year: 2021 })).toEqual({ year: 2020 });
    expect(previousPeriod({ year: 2021, quarter: 1 })).toEqual({ year: 2020, quarter: 4 });
    expect(previousPeriod({ year: 2021, month: 1 })).toEqual({ year: 2020, month: 12 });
    expect(previousPeriod({ year: 2021, month: 7 })).toEqual({ year: 2021, month: 6 });
    expect(monthsOf(2025, today)).toHaveLength(12);
    expect(monthsOf(2026, today)).toHaveLength(11);
  });
});
