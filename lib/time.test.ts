import { afterEach, describe, expect, it, vi } from "vitest";
import { periodBounds } from "../features/indicators/period";
import { ZDay } from "./schemas/common";
import { ZCreateOrgInput } from "../features/orgs/schema";
import { beijingDateTime, isCalendarDay, todayInBeijing, yearInBeijing } from "./time";

// 2026-12-01 01:30 in Beijing is still 30 November in UTC.
const EARLY_MORNING = new Date("2026-11-30T17:30:00Z");

describe("Beijing time", () => {
  afterEach(() => vi.useRealTimers());

  it("today and the year follow Beijing, not the server's UTC", () => {
    expect(todayInBeijing(EARLY_MORNING)).toBe("2026-12-01");
    expect(yearInBeijing(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
    expect(beijingDateTime("2026-11-30T17:30:00.000Z")).toBe("2026-12-01 01:30");
  });

  it("between 00:00 and 08:00 Beijing time a cadre can enter today's date", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(EARLY_MORNING);
    expect(ZDay.safeParse("2026-12-01").success).toBe(true);
    expect(ZDay.safeParse("2026-12-02").error?.issues[0]?.message).toBe("v.dateFuture");
  });

  it("a running period is read as of Beijing's today", () => {
    expect(periodBounds({ year: 2026 }, EARLY_MORNING).asOf).toBe("2026-12-01");
    expect(periodBounds({ year: 2026, month: 12 }, EARLY_MORNING).running).toBe(true);
  });

  it("impossible dates are refused, not moved to another day", () => {
    expect(isCalendarDay("2021-02-30")).toBe(false);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(ZDay.safeParse("2021-02-30").error?.issues[0]?.message).toBe("v.date");
    expect(ZDay.safeParse("0000-01-01").success).toBe(false);
    const org = ZCreateOrgInput.safeParse({ name: "共青团测试村支部", type: "BRANCH", domain: "RURAL", setupMode: null, regionId: "r1", parentId: null, foundedOn: "2021-02-30", termStartedOn: null, note: "", quota: null });
    expect(org.error?.issues.find((i) => i.path[0] === "foundedOn")?.message).toBe("v.date");
  });
});
