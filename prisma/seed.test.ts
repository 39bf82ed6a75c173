import { describe, expect, it } from "vitest";
import { DEMO_USERS, buildDemoTree } from "./seed";
import { buildPeople } from "./seed-people";

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

describe("demo people reproduce the published figures", () => {
  const people = buildPeople(regions, orgs);
  const allOrgs = [...orgs, ...people.schools];
  const orgById = new Map(allOrgs.map((o) => [o.id, o]));
  const cadreById = new Map(people.cadres.map((c) => [c.id, c]));
  const age = (b: Date | string, at: string) => {
    const d = new Date(b).toISOString().slice(0, 10);
    return Number(at.slice(0, 4)) - Number(d.slice(0, 4)) - (at.slice(5) < d.slice(5) ? 1 : 0);
  };
  const villageSecretaries = (code: string) =>
    people.positions
      .filter((p) => p.post === "SECRETARY" && p.countyId === `r${code}`)
      .filter((p) => ["VILLAGE", "COMMUNITY"].includes(byId.get(orgById.get(p.organisationId)?.regionId ?? "")?.level ?? ""))
      .map((p) => cadreById.get(p.cadreId)!);
  const countyMembers = (code: string) => people.members.filter((m) => m.countyId === `r${code}`);

  it("新郑市: 296 village secretaries, 285 aged 35 or under, 85 women, 214 in the two committees; 594 members", () => {
    const s = villageSecretaries("410184");
    expect(s).toHaveLength(296);
    expect(s.filter((c) => age(c.birthDate, "2021-12-31") <= 35)).toHaveLength(285);
    expect(s.filter((c) => c.gender === "FEMALE")).toHaveLength(85);
    expect(s.filter((c) => c.inVillageCommittees)).toHaveLength(214);
    const members = people.positions.filter(
      (p) => p.post === "COMMITTEE_MEMBER" && p.countyId === "r410184" && orgById.get(p.organisationId)?.type === "BRANCH",
    );
    expect(members).toHaveLength(594);
  });
  it("新郑市: 15 college-student township deputies, county committee strength 17, 39 schools", () => {
    const deputies = people.positions.filter((p) => p.countyId === "r410184" && p.post === "DEPUTY_SECRETARY" && cadreById.get(p.cadreId)?.source === "COLLEGE_STUDENT");
    expect(deputies).toHaveLength(15);
    expect(people.positions.filter((p) => p.organisationId === "o410184")).toHaveLength(17);
    expect(people.schools.filter((o) => o.countyId === "r410184" && o.domain === "MIDDLE_SCHOOL")).toHaveLength(36);
    expect(people.schools.filter((o) => o.countyId === "r410184" && o.domain === "VOCATIONAL_SCHOOL")).toHaveLength(3);
  });
  it("新郑市: 2,220 members joined in 2021 by category, all e-archived; 51 admitted through recommendation, all 28 or under", () => {
    const cohort = countyMembers("410184").filter((m) => new Date(m.joinedOn).getUTCFullYear() === 2021);
    expect(cohort).toHaveLength(2220);
    const by = (c: string) => cohort.filter((m) => m.category === c).length;
    expect([by("JUNIOR_HIGH"), by("SENIOR_HIGH"), by("VOCATIONAL"), by("SOCIAL")]).toEqual([1360, 680, 110, 70]);
    // Certified within 2021, so the year's e-archive rate is 100% as of its last day.
    expect(cohort.every((m) => m.archiveCertifiedOn && new Date(m.archiveCertifiedOn as Date).getUTCFullYear() === 2021)).toBe(true);
    const admitted = countyMembers("410184").filter((m) => m.admittedOn && new Date(m.admittedOn).getUTCFullYear() === 2021 && m.recommendedOn);
    expect(admitted).toHaveLength(51);
    expect(admitted.every((m) => age(m.birthDate, new Date(m.admittedOn!).toISOString().slice(0, 10)) <= 28)).toBe(true);
  });
  it("衡阳县: 491 village secretaries, 254 born 1990 or later, 276 with a college degree, 319 in the two committees; 83 schools; 41 college-student deputies", () => {
    const s = villageSecretaries("430421");
    expect(s).toHaveLength(491);
    expect(s.filter((c) => new Date(c.birthDate).getUTCFullYear() >= 1990)).toHaveLength(254);
    expect(s.filter((c) => ["JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE"].includes(c.education))).toHaveLength(276);
    expect(s.filter((c) => c.inVillageCommittees)).toHaveLength(319);
    expect(people.schools.filter((o) => o.countyId === "r430421" && ["MIDDLE_SCHOOL", "VOCATIONAL_SCHOOL"].includes(o.domain))).toHaveLength(83);
    expect(people.positions.filter((p) => p.countyId === "r430421" && cadreById.get(p.cadreId)?.source === "COLLEGE_STUDENT")).toHaveLength(41);
  });
  it("托克逊县: 131 → 38 → 15 in 2022; 8 middle schools", () => {
    const m = countyMembers("650422");
    const in2022 = (d: Date | string | null | undefined) => Boolean(d) && new Date(d!).getUTCFullYear() === 2022;
    expect(m.filter((x) => in2022(x.partyAppliedOn))).toHaveLength(131);
    expect(m.filter((x) => in2022(x.activistOn))).toHaveLength(38);
    expect(m.filter((x) => in2022(x.developmentTargetOn))).toHaveLength(15);
    expect(people.schools.filter((o) => o.countyId === "r650422" && o.domain === "MIDDLE_SCHOOL")).toHaveLength(8);
  });
  it("every generated member and cadre passes the roster rules", async () => {
    const { checkIdNumber, ageOn } = await import("../lib/validation/identity");
    const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
    for (const c of people.cadres) expect(checkIdNumber(c.idNumber!, day(c.birthDate)), c.id).toBeNull();
    for (const m of people.members) {
      expect(checkIdNumber(m.idNumber!, day(m.birthDate)), m.id).toBeNull();
      expect(ageOn(day(m.birthDate), day(m.joinedOn)), m.id).toBeGreaterThanOrEqual(14);
      expect(m.developmentNumber.slice(0, 4)).toBe(day(m.joinedOn).slice(0, 4));
    }
    expect(new Set(people.members.map((m) => m.developmentNumber)).size).toBe(people.members.length);
    const ids = [...people.cadres, ...people.members].map((p) => p.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
