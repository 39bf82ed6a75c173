import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { TCreateOrgInput } from "@/features/orgs/schema";
import { callerFor, fieldMessage, outcome, testDb, uncoveredVillage, unique } from "@/server/test/helpers";
import { yearInBeijing } from "@/lib/time";

/** C1 as of today: the period these checks change records in. */
const THIS_YEAR = { year: yearInBeijing() };

const base = (regionId: string, name = unique("测试团支部")): TCreateOrgInput => ({
  name,
  type: "BRANCH",
  domain: "RURAL",
  setupMode: "PARTY_LED",
  regionId,
  parentId: null,
  foundedOn: "2024-05-04",
  termStartedOn: "2024-05-04",
  note: "",
  quota: null,
});

// Villages used below: a covered village of 龙湖镇 (新郑市), one of 城关乡 (新郑市), one of 衡阳县.
const LONGHU_VILLAGE = "r410184009010";
const CHENGGUAN_VILLAGE = "r410184004003";
const HENGYANG_VILLAGE = "r430421002003";

async function newOrg(regionId = CHENGGUAN_VILLAGE) {
  return (await callerFor("county-xinzheng")).org.create(base(regionId));
}

describe("org.create", () => {
  it("county admin creates in own county; the row and its audit entry are written", async () => {
    const created = await newOrg();
    expect(created).toMatchObject({ status: "ACTIVE", version: 1, county: { code: "410184" } });
    const audit = await testDb().auditEntry.findMany({ where: { entityId: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", before: null });
  });
  it("county admin outside own county: NOT_FOUND with the field named", async () => {
    const c = await callerFor("county-xinzheng");
    try {
      await c.org.create(base(HENGYANG_VILLAGE));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TRPCError);
      expect((e as TRPCError).code).toBe("NOT_FOUND");
      expect((e as TRPCError).message).toBe("v.regionOutside");
    }
  });
  it("admin creates anywhere", async () => {
    expect(await outcome((await callerFor("admin")).org.create(base(HENGYANG_VILLAGE)))).toBe("OK");
  });
  it("township cadre creates in own township only", async () => {
    const c = await callerFor("township-xinzheng");
    expect(await outcome(c.org.create({ ...base(LONGHU_VILLAGE), type: "JOINT_BRANCH" }))).toBe("OK");
    expect(await outcome(c.org.create(base(CHENGGUAN_VILLAGE)))).toBe("NOT_FOUND");
  });
  it("reviewers are refused, in scope or not", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    expect(await outcome(c.org.create(base(CHENGGUAN_VILLAGE)))).toBe("FORBIDDEN");
    expect(await outcome(c.org.create(base(HENGYANG_VILLAGE)))).toBe("FORBIDDEN");
  });
  it("no session: UNAUTHORIZED", async () => {
    expect(await outcome((await callerFor(null)).org.create(base(CHENGGUAN_VILLAGE)))).toBe("UNAUTHORIZED");
  });
  it("invalid input answers BAD_REQUEST with the zod field errors, and writes nothing", async () => {
    const c = await callerFor("county-xinzheng");
    const name = unique("x");
    try {
      await c.org.create({ ...base(CHENGGUAN_VILLAGE), name, foundedOn: "2024-05-04", termStartedOn: "2020-01-01" });
      expect.unreachable();
    } catch (e) {
      expect((e as TRPCError).code).toBe("BAD_REQUEST");
    }
    expect(await testDb().organisation.count({ where: { name } })).toBe(0);
  });
  it("a county committee placed in a village is refused beside the type field", async () => {
    const c = await callerFor("county-xinzheng");
    await expect(c.org.create({ ...base(CHENGGUAN_VILLAGE), type: "COUNTY_COMMITTEE" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "v.countyCommitteeLevel",
    });
  });
  it("a parent in another county is refused", async () => {
    const c = await callerFor("admin");
    await expect(c.org.create({ ...base(CHENGGUAN_VILLAGE), parentId: "o430421" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "v.parentOutside",
    });
  });
});

describe("org.update", () => {
  it("records who changed what, before and after", async () => {
    const org = await newOrg();
    const c = await callerFor("county-xinzheng");
    const { id, version, name: _n, county: _c, region: _r, parent: _p, status: _s, updatedAt: _u, countyId: _ci, synthetic: _sy, ...rest } = org;
    const updated = await c.org.update({ ...rest, id, version, name: `${org.name}改` });
    expect(updated.version).toBe(2);
    const { history } = await c.org.get({ id });
    expect(history[0]).toMatchObject({ action: "update", who: "新郑市团市委" });
    expect(history[0]?.changes).toEqual([{ field: "name", before: org.name, after: `${org.name}改` }]);
  });
  it("an edit made on an old version is refused (CONFLICT) and changes nothing", async () => {
    const org = await newOrg();
    const c = await callerFor("county-xinzheng");
    const input = { ...base(org.regionId, org.name), id: org.id, version: 1 };
    await c.org.update({ ...input, note: "first" });
    expect(await outcome(c.org.update({ ...input, note: "second" }))).toBe("CONFLICT");
    expect((await c.org.get({ id: org.id })).org.note).toBe("first");
    // The refusal carries what is stored now, for the form to show beside the user's values.
    await expect(c.org.update({ ...input, note: "third" })).rejects.toMatchObject({ code: "CONFLICT", message: "common.conflictBoth", cause: { current: { note: "first", version: 2, name: org.name } } });
  });
  it("out of scope: NOT_FOUND; reviewer: FORBIDDEN", async () => {
    const org = await newOrg();
    const input = { ...base(org.regionId, org.name), id: org.id, version: 1 };
    expect(await outcome((await callerFor("county-hengyang")).org.update(input))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("township-xinzheng")).org.update(input))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("reviewer-zhengzhou")).org.update(input))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor(null)).org.update(input))).toBe("UNAUTHORIZED");
    expect(await outcome((await callerFor("admin")).org.update({ ...input, note: "admin" }))).toBe("OK");
  });
  it("township cadre edits an organisation of own township", async () => {
    const c = await callerFor("township-xinzheng");
    const org = await c.org.create(base(LONGHU_VILLAGE));
    expect(await outcome(c.org.update({ ...base(org.regionId, org.name), id: org.id, version: 1, note: "field" }))).toBe("OK");
  });
});

describe("org.setStatus", () => {
  it("county admin moves an organisation through its lifecycle; it is never deleted", async () => {
    const org = await newOrg();
    const c = await callerFor("county-xinzheng");
    const r = await c.org.setStatus({ id: org.id, version: 1, status: "DISSOLVED", reason: "并入邻村" });
    expect(r.status).toBe("DISSOLVED");
    expect(await testDb().organisation.count({ where: { id: org.id } })).toBe(1);
    const { history } = await c.org.get({ id: org.id });
    expect(history[0]).toMatchObject({ action: "status" });
    expect(history[0]?.changes).toEqual(
      expect.arrayContaining([{ field: "status", before: "ACTIVE", after: "DISSOLVED" }, { field: "reason", before: null, after: "并入邻村" }]),
    );
  });
  it("roles and scope", async () => {
    const org = await newOrg();
    const input = { id: org.id, version: 1, status: "RECTIFYING" as const, reason: "整顿" };
    expect(await outcome((await callerFor("township-xinzheng")).org.setStatus(input))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("reviewer-zhengzhou")).org.setStatus(input))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("county-hengyang")).org.setStatus(input))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor(null)).org.setStatus(input))).toBe("UNAUTHORIZED");
    expect(await outcome((await callerFor("admin")).org.setStatus(input))).toBe("OK");
  });
  it("a reason is required", async () => {
    const org = await newOrg();
    const c = await callerFor("county-xinzheng");
    expect(await outcome(c.org.setStatus({ id: org.id, version: 1, status: "MERGED", reason: "" }))).toBe("BAD_REQUEST");
  });
});

describe("org.list", () => {
  it("paginates on the server and filters by type, status, township and name", async () => {
    const c = await callerFor("county-xinzheng");
    const page1 = await c.org.list({ countyCode: "410184", pageSize: 20 });
    const page2 = await c.org.list({ countyCode: "410184", pageSize: 20, page: 2 });
    expect(page1.items).toHaveLength(20);
    expect(page1.total).toBeGreaterThanOrEqual(296 + 15 + 1);
    expect(page1.items.map((o) => o.id)).not.toEqual(expect.arrayContaining(page2.items.map((o) => o.id)));
    const committees = await c.org.list({ countyCode: "410184", type: "COMMITTEE", pageSize: 100 });
    expect(committees.items.every((o) => o.type === "COMMITTEE")).toBe(true);
    const longhu = await c.org.list({ countyCode: "410184", townshipId: "r410184009000", pageSize: 100 });
    expect(longhu.items.every((o) => o.region.code.startsWith("410184009"))).toBe(true);
    const named = await c.org.list({ countyCode: "410184", q: "龙湖镇" });
    expect(named.items.length).toBeGreaterThan(0);
    expect(named.items.every((o) => o.name.includes("龙湖镇"))).toBe(true);
  });
  it("never returns an organisation of another county", async () => {
    const list = await (await callerFor("admin")).org.list({ countyCode: "430421", pageSize: 100 });
    expect(list.items.every((o) => o.county.code === "430421")).toBe(true);
  });
});

describe("C1 moves with the roster", () => {
  it("a branch in a village that had none raises the numerator by one", async () => {
    const c = await callerFor("county-hengyang");
    const village = await uncoveredVillage("430421");
    const before = await c.indicator.countyC1({ countyCode: "430421", period: THIS_YEAR });
    expect(before.uncovered.map((u) => u.id)).toContain(village.id);
    await c.org.create(base(village.id, `${village.name}团支部`));
    const after = await c.indicator.countyC1({ countyCode: "430421", period: THIS_YEAR });
    expect(after.total.numerator).toBe(before.total.numerator + 1);
    expect(after.total.denominator).toBe(before.total.denominator);
    expect(after.uncovered.map((u) => u.id)).not.toContain(village.id);
  });
});

describe("establishment quota", () => {
  it("is kept when given and refused when negative", async () => {
    const c = await callerFor("county-xinzheng");
    const org = await c.org.create({ ...base(CHENGGUAN_VILLAGE), quota: 3 });
    expect(org.quota).toBe(3);
    expect(await fieldMessage(c.org.create({ ...base(CHENGGUAN_VILLAGE), quota: -1 }), "quota")).toBe("v.number");
  });
});

describe("township edges: pickers and saves stay inside the account's scope", () => {
  it("a township cadre's parent picker lists its township's organisations and the county committee only", async () => {
    const township = await callerFor("township-xinzheng");
    const options = await township.org.parentOptions({ countyCode: "410184" });
    const db = testDb();
    const orgs = await db.organisation.findMany({ where: { id: { in: options.map((o) => o.id) } }, select: { id: true, type: true, region: { select: { path: true } } } });
    expect(orgs.length).toBeGreaterThan(0);
    for (const o of orgs) expect(o.type === "COUNTY_COMMITTEE" || o.region.path.startsWith("000000/410000/410100/410184/410184009000/"), o.id).toBe(true);
    expect(options.map((o) => o.id)).toContain("o410184");
    expect(options.map((o) => o.id)).not.toContain("o410184004000");
  });
  it("a parent in another township reads as absent, exactly like a missing one", async () => {
    const township = await callerFor("township-xinzheng");
    const other = await township.org.create({ ...base(LONGHU_VILLAGE), parentId: "o410184004000" }).catch((e: unknown) => e);
    const missing = await township.org.create({ ...base(LONGHU_VILLAGE), parentId: "no-such-organisation" }).catch((e: unknown) => e);
    expect(other).toMatchObject({ code: "NOT_FOUND", message: "v.parentOutside" });
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "v.parentOutside" });
    // The county committee is the named exception, as the parent of a township committee only.
    expect(await outcome(township.org.create({ ...base(LONGHU_VILLAGE), parentId: "o410184" }))).toBe("NOT_FOUND");
  });
  it("a coverage unit cannot be attached to another township's organisation", async () => {
    const township = await callerFor("township-xinzheng");
    const input = { id: null, version: null, name: unique("测试企业"), kind: "NON_PUBLIC_ENTERPRISE" as const, regionId: "r410184009000", memberCount: 5, youngStaffCount: 12 };
    expect(await fieldMessage(township.coverage.saveUnit({ ...input, organisationId: "o410184004003" }), "organisationId")).toBe("v.orgOutside");
    expect(await outcome(township.coverage.saveUnit({ ...input, organisationId: "o410184009005" }))).toBe("OK");
  });
});
