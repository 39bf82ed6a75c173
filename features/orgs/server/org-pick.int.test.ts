import { describe, expect, it } from "vitest";
import { callerFor, outcome, testDb } from "@/server/test/helpers";

const XINZHENG = "410184";
/** 龙湖镇, the township of the township cadre of 新郑市. */
const LONGHU_PATH = "000000/410000/410100/410184/410184009000/";

async function regionPaths(orgIds: string[]) {
  const rows = await testDb().organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, type: true, region: { select: { path: true } } } });
  return rows;
}

describe("org.pick", () => {
  it("finds organisations by part of their name, or of their place's name", async () => {
    const c = await callerFor("county-xinzheng");
    const found = await c.org.pick({ countyCode: XINZHENG, q: "湖镇" });
    expect(found.items.length).toBeGreaterThan(0);
    for (const o of found.items) expect(`${o.label} ${o.place}`).toContain("湖镇");
    expect(found.items.map((o) => o.label)).toContain("共青团新郑市龙湖镇委员会");
  });

  it("pages through exactly the organisations of the option list, without repeats", async () => {
    // 衡东县, a county no other test adds organisations to: one added between two pages would
    // move the rest of the list by one.
    const c = await callerFor("admin");
    const HENGDONG = "430424";
    const all = await c.member.orgOptions({ countyCode: HENGDONG });
    const seen: string[] = [];
    for (let page = 1; page < 100; page++) {
      const p = await c.org.pick({ countyCode: HENGDONG, page, pageSize: 50 });
      seen.push(...p.items.map((o) => o.value));
      expect(p.items.length).toBeLessThanOrEqual(50);
      if (!p.more) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((o) => o.id).sort());
    expect(all.length).toBeGreaterThan(150);
  });

  it("a county admin of another county gets nothing of this one", async () => {
    const other = await callerFor("county-hengyang");
    expect(await outcome(other.org.pick({ countyCode: XINZHENG, q: "团" }))).toBe("NOT_FOUND");
    expect(await outcome(other.org.pickParents({ countyCode: XINZHENG }))).toBe("NOT_FOUND");
    const own = await other.org.pick({ countyCode: "430421", q: "龙湖" });
    expect(own.items).toEqual([]);
  });

  it("a township cadre finds its township's organisations only, and no other township's by name", async () => {
    const c = await callerFor("township-xinzheng");
    const mine = await c.org.pick({ countyCode: XINZHENG, pageSize: 50 });
    expect(mine.items.length).toBeGreaterThan(0);
    for (const o of await regionPaths(mine.items.map((i) => i.value))) expect(o.region.path.startsWith(LONGHU_PATH), o.id).toBe(true);
    expect((await c.org.pick({ countyCode: XINZHENG, q: "城关" })).items).toEqual([]);
  });

  it("parents are those of org.parentOptions: the township's committees and the county committee", async () => {
    const c = await callerFor("township-xinzheng");
    const options = await c.org.parentOptions({ countyCode: XINZHENG });
    const paged = await c.org.pickParents({ countyCode: XINZHENG, pageSize: 50 });
    expect(paged.more).toBe(false);
    expect(paged.items.map((o) => o.value).sort()).toEqual(options.map((o) => o.id).sort());
    expect(paged.items.map((o) => o.value)).toContain("o410184");
    expect((await c.org.pickParents({ countyCode: XINZHENG, q: "城关" })).items).toEqual([]);
  });

  it("reads % and _ as text, and refuses text, pages and page sizes past their bounds", async () => {
    const c = await callerFor("county-xinzheng");
    expect((await c.org.pick({ countyCode: XINZHENG, q: "%" })).items).toEqual([]);
    expect((await c.org.pick({ countyCode: XINZHENG, q: "_" })).items).toEqual([]);
    expect((await c.org.pick({ countyCode: XINZHENG, q: "龙湖%团" })).items).toEqual([]);
    expect(await outcome(c.org.pick({ countyCode: XINZHENG, q: "团".repeat(41) }))).toBe("BAD_REQUEST");
    expect(await outcome(c.org.pick({ countyCode: XINZHENG, pageSize: 51 }))).toBe("BAD_REQUEST");
    expect(await outcome(c.org.pick({ countyCode: XINZHENG, pageSize: 10_000 }))).toBe("BAD_REQUEST");
    expect(await outcome(c.org.pick({ countyCode: XINZHENG, page: 0 }))).toBe("BAD_REQUEST");
    expect(await outcome(c.org.pick({ countyCode: "41018'" }))).toBe("BAD_REQUEST");
    // A page past the end is empty, not an error.
    expect(await c.org.pick({ countyCode: XINZHENG, page: 100_000 })).toEqual({ items: [], more: false });
  });
});
