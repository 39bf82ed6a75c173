/**
 * The role × scope matrix for the record-level procedures: for every demo role, one record in
 * its scope and one outside it, read and written.
 */
import { describe, expect, it } from "vitest";
import type { TCreateOrgInput } from "@/features/orgs/schema";
import { callerFor, outcome, unique } from "../test/helpers";
import { yearInBeijing } from "@/lib/time";

/** C1 as of today: the period these checks change records in. */
const THIS_YEAR = { year: yearInBeijing() };

type Case = {
  user: string;
  /** A village inside the scope and the organisation of another village inside it. */
  inside: { village: string; org: string };
  outside: { village: string; org: string };
  edits: boolean;
  changesStatus: boolean;
};

const cases: Case[] = [
  { user: "admin", inside: { village: "r650421001002", org: "o650421001002" }, outside: { village: "r999999999999", org: "o999999" }, edits: true, changesStatus: true },
  { user: "reviewer-zhengzhou", inside: { village: "r410184004002", org: "o410184004005" }, outside: { village: "r430421004002", org: "o430421004005" }, edits: false, changesStatus: false },
  { user: "reviewer-hengyang", inside: { village: "r430421004002", org: "o430421004006" }, outside: { village: "r410184004002", org: "o410184004006" }, edits: false, changesStatus: false },
  { user: "county-xinzheng", inside: { village: "r410184005002", org: "o410184005005" }, outside: { village: "r410122001002", org: "o410122001001" }, edits: true, changesStatus: true },
  { user: "county-hengyang", inside: { village: "r430421005002", org: "o430421005005" }, outside: { village: "r430422001002", org: "o430422001001" }, edits: true, changesStatus: true },
  { user: "county-toksun", inside: { village: "r650422003002", org: "o650422003003" }, outside: { village: "r650421001003", org: "o650421001003" }, edits: true, changesStatus: true },
  { user: "township-xinzheng", inside: { village: "r410184009012", org: "o410184009013" }, outside: { village: "r410184008002", org: "o410184008003" }, edits: true, changesStatus: false },
];

const input = (regionId: string): TCreateOrgInput => ({
  name: unique("矩阵团支部"),
  type: "JOINT_BRANCH",
  domain: "RURAL",
  setupMode: null,
  regionId,
  parentId: null,
  foundedOn: null,
  termStartedOn: null,
  note: "",
  quota: null,
});

for (const c of cases) {
  describe(c.user, () => {
    it("me.get and region.home answer", async () => {
      const caller = await callerFor(c.user);
      expect((await caller.me.get()).username).toBe(c.user);
      expect((await caller.region.home()).length).toBeGreaterThan(0);
    });
    it("org.get: in scope OK, out of scope NOT_FOUND", async () => {
      const caller = await callerFor(c.user);
      expect(await outcome(caller.org.get({ id: c.inside.org }))).toBe("OK");
      expect(await outcome(caller.org.get({ id: c.outside.org }))).toBe("NOT_FOUND");
    });
    it(`org.create: ${c.edits ? "in scope OK, out of scope NOT_FOUND" : "FORBIDDEN everywhere"}`, async () => {
      const caller = await callerFor(c.user);
      expect(await outcome(caller.org.create(input(c.inside.village)))).toBe(c.edits ? "OK" : "FORBIDDEN");
      expect(await outcome(caller.org.create(input(c.outside.village)))).toBe(c.edits ? "NOT_FOUND" : "FORBIDDEN");
    });
    it(`org.update: ${c.edits ? "in scope OK, out of scope NOT_FOUND" : "FORBIDDEN everywhere"}`, async () => {
      const caller = await callerFor(c.user);
      const admin = await callerFor("admin");
      const mine = await admin.org.create(input(c.inside.village));
      const theirs = c.outside.village.startsWith("r9") ? null : await admin.org.create(input(c.outside.village));
      const edit = (o: { id: string; regionId: string; name: string }) => ({ ...input(o.regionId), name: o.name, id: o.id, version: 1, note: "edit" });
      expect(await outcome(caller.org.update(edit(mine)))).toBe(c.edits ? "OK" : "FORBIDDEN");
      if (theirs) expect(await outcome(caller.org.update(edit(theirs)))).toBe(c.edits ? "NOT_FOUND" : "FORBIDDEN");
    });
    it(`org.setStatus: ${c.changesStatus ? "in scope OK, out of scope NOT_FOUND" : "FORBIDDEN everywhere"}`, async () => {
      const caller = await callerFor(c.user);
      const admin = await callerFor("admin");
      const mine = await admin.org.create(input(c.inside.village));
      const status = { version: 1, status: "RECTIFYING" as const, reason: "矩阵测试" };
      expect(await outcome(caller.org.setStatus({ id: mine.id, ...status }))).toBe(c.changesStatus ? "OK" : "FORBIDDEN");
      expect(await outcome(caller.org.setStatus({ id: c.outside.org, ...status }))).toBe(c.changesStatus ? "NOT_FOUND" : "FORBIDDEN");
    });
    it("indicator.prefectureC1 of a prefecture outside the scope is NOT_FOUND", async () => {
      const caller = await callerFor(c.user);
      const foreign = c.user === "admin" ? "999900" : c.user.includes("hengyang") ? "410100" : "430400";
      expect(await outcome(caller.indicator.prefectureC1({ prefectureCode: foreign, period: THIS_YEAR }))).toBe("NOT_FOUND");
    });
  });
}

describe("dashboard mutations", () => {
  const counties = { own: { "county-xinzheng": "410184", "county-hengyang": "430421", "county-toksun": "650422" } as Record<string, string> };
  it("setBaseline: admins and county admins of the county; reviewers and township cadres FORBIDDEN", async () => {
    // Each county is set back to the demo baseline year, so other tests see the same figures.
    const set = async (user: string, countyCode: string) => outcome((await callerFor(user)).dashboard.setBaseline({ countyCode, baselineYear: 2020 }));
    expect(await set("admin", "410122")).toBe("OK");
    for (const [user, code] of Object.entries(counties.own)) {
      expect(await set(user, code)).toBe("OK");
      expect(await set(user, "410122")).toBe("NOT_FOUND");
    }
    for (const user of ["reviewer-zhengzhou", "reviewer-hengyang", "township-xinzheng"]) expect(await set(user, "410184")).toBe("FORBIDDEN");
  });
  it("setThreshold: administrators only", async () => {
    const set = async (user: string) => outcome((await callerFor(user)).dashboard.setThreshold({ code: "C4", target: null, green: null, amber: null }));
    expect(await set("admin")).toBe("OK");
    for (const user of ["reviewer-zhengzhou", "county-xinzheng", "township-xinzheng"]) expect(await set(user)).toBe("FORBIDDEN");
    expect(await set(null as unknown as string)).toBe("UNAUTHORIZED");
  });
});
