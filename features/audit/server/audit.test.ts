import { describe, expect, it } from "vitest";
import { diffRecords } from "./audit";

describe("diffRecords", () => {
  it("lists only the fields that changed, with before and after", () => {
    expect(diffRecords({ name: "a", note: "", version: 1 }, { name: "b", note: "", version: 2 })).toEqual([
      { field: "name", before: "a", after: "b" },
    ]);
  });
  it("a creation shows every field as new", () => {
    expect(diffRecords(null, { name: "a" })).toEqual([{ field: "name", before: null, after: "a" }]);
  });
  it("fields present on one side only are shown", () => {
    expect(diffRecords({ status: "ACTIVE" }, { status: "MERGED", reason: "r" })).toEqual([
      { field: "status", before: "ACTIVE", after: "MERGED" },
      { field: "reason", before: null, after: "r" },
    ]);
  });
});
