import { describe, expect, it } from "vitest";
import { DEMO_USERS, buildDemoTree } from "./seed";

const { regions, orgs } = buildDemoTree();
const byId = new Map(regions.map((r) => [r.id, r]));
const inCounty = (code: string) => (r: { countyId?: string | null }) => r.countyId === `r${code}`;
const villageBranches = (code: string) =>
  orgs.filter((o) => inCounty(code)(o) && o.type === "BRANCH" && ["VILLAGE", "COMMUNITY"].includes(byId.get(o.regionId)?.level ?? ""));

describe("demo region tree", () => {
  it("codes and paths are unique; codes are 6 digits to county level and 12 below", () => {
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
    expect(new Set(regions.map((r) => r.path)).size).toBe(regions.length);
    for (const r of regions) {
      const below = ["TOWNSHIP", "VILLAGE", "COMMUNITY"].includes(r.level);
      expect(r.code, r.name).toMatch(below ? /^\d{12}$/ : /^\d{6}$/);
    }
  });
  it("every path is the parent's path plus the node's code", () => {
    for (const r of regions) {
      if (!r.parentId) continue;
      expect(r.path).toBe(`${byId.get(r.parentId)?.path}${r.code}/`);
    }
  });
  it("the three prefectures of the reports, with the counties asked for", () => {
    const counties = (pref: string) => regions.filter((r) => r.level === "COUNTY" && r.path.includes(`/${pref}/`)).map((r) => r.name);
    expect(counties("410100")).toEqual(expect.arrayContaining(["新郑市", "中牟县", "巩义市", "荥阳市", "新密市"]));
    expect(counties("430400")).toEqual(expect.arrayContaining(["衡阳县", "衡南县", "衡山县", "衡东县"]));
    expect(counties("650400").sort()).toEqual(["托克逊县", "鄯善县", "高昌区"].sort());
  });
  it("reproduces the published village branch counts", () => {
    expect(villageBranches("410184")).toHaveLength(296); // 新郑市, seed 001
    expect(villageBranches("430421")).toHaveLength(491); // 衡阳县, seed 004
    expect(villageBranches("650422")).toHaveLength(55); // 托克逊县, seed 000
  });
  it("新郑市 has villages without a branch, for coverage to rise", () => {
    const units = regions.filter((r) => inCounty("410184")(r) && ["VILLAGE", "COMMUNITY"].includes(r.level));
    expect(units.length).toBeGreaterThan(296);
  });
  it("marks generated counties as synthetic and the reports' counties as not", () => {
    const county = (code: string) => regions.find((r) => r.code === code);
    expect(county("410184")?.synthetic).toBe(false);
    expect(county("410122")?.synthetic).toBe(true);
    expect(orgs.filter(inCounty("410122")).every((o) => o.synthetic)).toBe(true);
  });
  it("every demo account is bound to an existing region", () => {
    for (const u of DEMO_USERS) expect(byId.has(`r${u.region}`), u.username).toBe(true);
  });
});
