import { describe, expect, it } from "vitest";
import { ROLES, can, pathInScope } from "./permissions";

describe("role rules", () => {
  it("reviewers only read", () => {
    expect(can("PREFECTURE_REVIEWER", "editOrgs")).toBe(false);
    expect(can("PREFECTURE_REVIEWER", "changeOrgStatus")).toBe(false);
  });
  it("township cadres edit organisations but do not change their lifecycle", () => {
    expect(can("TOWNSHIP_CADRE", "editOrgs")).toBe(true);
    expect(can("TOWNSHIP_CADRE", "changeOrgStatus")).toBe(false);
  });
  it("county admins and administrators do both", () => {
    for (const role of ["COUNTY_ADMIN", "ADMIN"] as const) {
      expect(can(role, "editOrgs")).toBe(true);
      expect(can(role, "changeOrgStatus")).toBe(true);
    }
  });
  it("every role is named", () => expect(ROLES).toHaveLength(4));
});

describe("scope paths", () => {
  const county = "000000/410000/410100/410184/";
  it("a scope covers its own subtree", () => {
    expect(pathInScope(`${county}410184009000/`, county)).toBe(true);
    expect(pathInScope(county, county)).toBe(true);
  });
  it("a sibling whose code shares a prefix is outside", () => {
    expect(pathInScope("000000/410000/410100/4101841/", county)).toBe(false);
    expect(pathInScope("000000/410000/410100/410185/", county)).toBe(false);
  });
  it("an ancestor is outside", () => {
    expect(pathInScope("000000/410000/410100/", county)).toBe(false);
  });
});
