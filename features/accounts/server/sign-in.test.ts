import { describe, expect, it } from "vitest";
import { decodeMessage } from "@/lib/validation/messages";
import { lockedMessage, throttleDelayMs } from "./sign-in";

const time = (until: string, now: string) => decodeMessage(lockedMessage(new Date(until), new Date(now))).params.time;

describe("the locked message", () => {
  it("names the minute the lock is over in Beijing time, rounded up", () => {
    expect(time("2026-12-01T06:35:00Z", "2026-12-01T06:20:00Z")).toBe("14:35");
    expect(time("2026-12-01T06:35:40Z", "2026-12-01T06:20:40Z")).toBe("14:36");
  });
  it("adds the date when the lock ends on another day in Beijing", () => {
    // 23:50 in Beijing, locked for 15 minutes: over at 00:05 the next day.
    expect(time("2026-12-01T16:05:00Z", "2026-12-01T15:50:00Z")).toBe("12-02 00:05");
    // 07:50 UTC on 1 December is still 1 December in Beijing (15:50): no date.
    expect(time("2026-12-01T08:05:00Z", "2026-12-01T07:50:00Z")).toBe("16:05");
  });
});

describe("the wait per address", () => {
  it("is none before the setting's count, then doubles up to the cap", () => {
    expect(throttleDelayMs(4, 5)).toBe(0);
    expect([5, 6, 7].map((n) => throttleDelayMs(n, 5))).toEqual([1_000, 2_000, 4_000]);
    expect(throttleDelayMs(40, 5)).toBe(60_000);
  });
});
