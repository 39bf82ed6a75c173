import { describe, expect, it } from "vitest";
import { teamShortfalls } from "./standards";

describe("team standards", () => {
  it("a full township team meets the standard", () => {
    expect(teamShortfalls("township", { secretaries: 1, deputies: 2, members: 8 })).toEqual([]);
  });
  it("says what a township team lacks", () => {
    expect(teamShortfalls("township", { secretaries: 0, deputies: 1, members: 5 })).toEqual([
      { role: "secretaries", have: 0, min: 1, max: 1 },
      { role: "members", have: 5, min: 7, max: 9 },
    ]);
  });
  it("too many deputies falls short too", () => {
    expect(teamShortfalls("township", { secretaries: 1, deputies: 3, members: 7 })).toEqual([{ role: "deputies", have: 3, min: 1, max: 2 }]);
  });
  it("a village branch needs 1 secretary and at least 2 members", () => {
    expect(teamShortfalls("village", { secretaries: 1, deputies: 0, members: 2 })).toEqual([]);
    expect(teamShortfalls("village", { secretaries: 1, deputies: 0, members: 3 })).toEqual([]);
    expect(teamShortfalls("village", { secretaries: 1, deputies: 0, members: 1 })).toEqual([{ role: "members", have: 1, min: 2, max: null }]);
    expect(teamShortfalls("village", { secretaries: 2, deputies: 0, members: 2 })).toEqual([{ role: "secretaries", have: 2, min: 1, max: 1 }]);
  });
});
