import { describe, expect, it } from "vitest";
import { callerFor, outcome, testDb } from "@/server/test/helpers";

const XINZHENG = "410184";
const LONGHU_PATH = "000000/410000/410100/410184/410184009000/";

describe("region.pickPlaces", () => {
  it("finds places by part of their name or code, of the levels asked for", async () => {
    const c = await callerFor("county-xinzheng");
    const villages = await c.region.pickPlaces({ countyCode: XINZHENG, q: "村", levels: ["VILLAGE"] });
    expect(villages.items.length).toBeGreaterThan(0);
    for (const p of villages.items) {
      expect(p.level).toBe("VILLAGE");
      expect(p.label).toContain("村");
      expect(p.township).not.toBeNull();
    }
    const byCode = await c.region.pickPlaces({ countyCode: XINZHENG, q: "410184009", pageSize: 50 });
    expect(byCode.items.length).toBeGreaterThan(1);
    const paths = await testDb().region.findMany({ where: { id: { in: byCode.items.map((p) => p.value) } }, select: { code: true } });
    for (const r of paths) expect(r.code).toContain("410184009");
  });

  it("pages without repeats and says when no page follows", async () => {
    const c = await callerFor("county-xinzheng");
    const one = await c.region.pickPlaces({ countyCode: XINZHENG, pageSize: 5 });
    const two = await c.region.pickPlaces({ countyCode: XINZHENG, pageSize: 5, page: 2 });
    expect(one.more).toBe(true);
    expect(one.items).toHaveLength(5);
    expect(one.items.map((p) => p.value)).not.toEqual(expect.arrayContaining(two.items.map((p) => p.value)));
    const townships = await c.region.pickPlaces({ countyCode: XINZHENG, levels: ["TOWNSHIP"], pageSize: 50 });
    expect(townships.more).toBe(false);
    expect(townships.items.map((p) => p.value).sort()).toEqual((await c.region.townships({ countyCode: XINZHENG })).map((r) => r.id).sort());
  });

  it("keeps to the scope: another county's admin is refused, a township cadre sees its township only", async () => {
    expect(await outcome((await callerFor("county-hengyang")).region.pickPlaces({ countyCode: XINZHENG }))).toBe("NOT_FOUND");
    const c = await callerFor("township-xinzheng");
    const mine = await c.region.pickPlaces({ countyCode: XINZHENG, pageSize: 50 });
    const rows = await testDb().region.findMany({ where: { id: { in: mine.items.map((p) => p.value) } }, select: { path: true } });
    expect(rows.length).toBe(mine.items.length);
    for (const r of rows) expect(r.path.startsWith(LONGHU_PATH), r.path).toBe(true);
    expect((await c.region.pickPlaces({ countyCode: XINZHENG, q: "城关" })).items).toEqual([]);
  });

  it("reads % and _ as text and refuses inputs past their bounds", async () => {
    const c = await callerFor("county-xinzheng");
    expect((await c.region.pickPlaces({ countyCode: XINZHENG, q: "%" })).items).toEqual([]);
    expect((await c.region.pickPlaces({ countyCode: XINZHENG, q: "_" })).items).toEqual([]);
    expect(await outcome(c.region.pickPlaces({ countyCode: XINZHENG, q: "村".repeat(41) }))).toBe("BAD_REQUEST");
    expect(await outcome(c.region.pickPlaces({ countyCode: XINZHENG, levels: [] }))).toBe("BAD_REQUEST");
    expect(await outcome(c.region.pickPlaces({ countyCode: XINZHENG, pageSize: 4 }))).toBe("BAD_REQUEST");
  });
});
