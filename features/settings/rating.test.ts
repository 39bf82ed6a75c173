import { describe, expect, it } from "vitest";
import { checkSettingValue } from "./settings";
import { ratingGrade } from "./rating";

describe("star rating scale", () => {
  it("grades a score by the common scale of seed 002", () => {
    expect([95, 90, 89, 80, 79, 70, 69, 60, 59, 0].map((s) => ratingGrade(s))).toEqual(["five", "five", "four", "four", "three", "three", "lagging", "lagging", "weak", "weak"]);
  });
  it("follows a province's own floors, and a veto item makes any score weak", () => {
    expect(ratingGrade(86, [85, 75, 65, 55])).toBe("five");
    expect(ratingGrade(56, [85, 75, 65, 55])).toBe("lagging");
    expect(ratingGrade(100, [85, 75, 65, 55], true)).toBe("weak");
  });
  it("takes a scale only of four descending whole scores between 0 and 100", () => {
    expect(checkSettingValue("ratingScale", [95, 85, 75, 65])).toEqual({ ok: true, value: [95, 85, 75, 65] });
    expect(checkSettingValue("ratingScale", [90, 90, 70, 60])).toEqual({ ok: false, message: "v.descending" });
    expect(checkSettingValue("ratingScale", [90, 80, 70])).toEqual({ ok: false, message: "v.listLength?count=4" });
    expect(checkSettingValue("ratingScale", [101, 80, 70, 60])).toEqual({ ok: false, message: "v.max?max=100" });
    expect(checkSettingValue("ratingScale", [90, 80.5, 70, 60])).toEqual({ ok: false, message: "v.integer" });
    expect(checkSettingValue("ratingScale", "90,80")).toMatchObject({ ok: false });
  });
});
