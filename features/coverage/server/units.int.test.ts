import { describe, expect, it } from "vitest";
import { addDays, todayInBeijing } from "@/lib/time";
import { callerFor, fieldMessage, outcome } from "@/server/test/helpers";

describe("coverage units", () => {
  it("reproduce the published coverage: 衡阳县 83/83 league schools and a Youth Home in every township (38)", async () => {
    const s = await (await callerFor("reviewer-hengyang")).coverage.summary({ countyCode: "430421" });
    expect(s.c3).toMatchObject({ numerator: 83, denominator: 83 });
    expect(s.c2).toMatchObject({ numerator: 25, denominator: 25 });
    expect(s.youthHomes).toBe(38);
  });
  it("托克逊县: 12 Youth Homes covering its 8 townships; 8 middle schools with league schools", async () => {
    const s = await (await callerFor("county-toksun")).coverage.summary({ countyCode: "650422" });
    expect(s.youthHomes).toBe(12);
    expect(s.c2).toMatchObject({ numerator: 8, denominator: 8 });
    expect(s.c3).toMatchObject({ numerator: 8, denominator: 8 });
  });
  it("新郑市: 39 schools, all with league schools", async () => {
    const s = await (await callerFor("county-xinzheng")).coverage.summary({ countyCode: "410184" });
    expect(s.c3).toMatchObject({ numerator: 39, denominator: 39 });
  });
  it("C5 counts eligible units; adding an organisation to one raises the numerator", async () => {
    const c = await callerFor("county-hengyang");
    const before = await c.coverage.summary({ countyCode: "430421" });
    expect(before.c5.numerator).toBeLessThan(before.c5.denominator);
    type TUnit = { id: string; name: string; kind: "NON_PUBLIC_ENTERPRISE"; regionId: string; organisationId: string | null; memberCount: number; youngStaffCount: number; version: number; eligible: boolean };
    let bare: TUnit | undefined;
    for (let page = 1; !bare; page++) {
      const list = await c.coverage.list({ countyCode: "430421", kind: "unit", page, pageSize: 100 });
      expect(page).toBeLessThanOrEqual(list.pages);
      bare = (list.items as TUnit[]).find((u) => u.eligible && !u.organisationId);
    }
    await c.coverage.saveUnit({ id: bare.id, version: bare.version, name: bare.name, kind: bare.kind, regionId: bare.regionId, organisationId: "o430421001000", memberCount: bare.memberCount, youngStaffCount: bare.youngStaffCount });
    const after = await c.coverage.summary({ countyCode: "430421" });
    expect(after.c5.numerator).toBe(before.c5.numerator + 1);
    const history = await c.coverage.history({ kind: "unit", id: bare.id });
    expect(history[0]?.changes).toEqual([{ field: "organisation", before: null, after: "共青团衡阳县西渡镇委员会" }]);
  });
  it("a Youth Home is added, validated, and saving an old version is refused", async () => {
    const c = await callerFor("county-xinzheng");
    const base = { id: null, version: null, name: "龙湖镇青年之家分站", regionId: "r410184009000", organisationId: null, address: "龙湖镇", openedOn: "2024-05-04", entityRun: true };
    expect(await fieldMessage(c.coverage.saveYouthHome({ ...base, name: "x" }), "name")).toBe("v.nameShort");
    expect(await fieldMessage(c.coverage.saveYouthHome({ ...base, openedOn: addDays(todayInBeijing(), 3) }), "openedOn")).toBe("v.dateFuture");
    const home = (await c.coverage.saveYouthHome(base)) as { id: string };
    await c.coverage.saveYouthHome({ ...base, id: home.id, version: 1, entityRun: false });
    expect(await outcome(c.coverage.saveYouthHome({ ...base, id: home.id, version: 1 }))).toBe("CONFLICT");
  });
  it("a league-school level needs a league school", async () => {
    const c = await callerFor("county-xinzheng");
    expect(await fieldMessage(c.coverage.saveSchool({ id: null, version: null, name: "新郑市实验中学", kind: "MIDDLE", regionId: "r410184004000", organisationId: null, hasLeagueSchool: false, leagueSchoolLevel: "COUNTY" }), "leagueSchoolLevel")).toBe("v.levelWithoutSchool");
  });
  it("the list is paged, sorted and searched on the server", async () => {
    const c = await callerFor("county-hengyang");
    const first = await c.coverage.list({ countyCode: "430421", kind: "school", pageSize: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.total).toBe(83);
    expect(first.pages).toBe(9);
    const last = await c.coverage.list({ countyCode: "430421", kind: "school", pageSize: 10, page: 9 });
    expect(last.items).toHaveLength(3);
    // Every school once across the pages: the order ends in the id, so ties cannot repeat a row.
    const pages = async (dir: "asc" | "desc") => {
      const all = [];
      for (let page = 1; page <= 9; page++) all.push(...(await c.coverage.list({ countyCode: "430421", kind: "school", pageSize: 10, page, sort: "name", dir })).items);
      return all;
    };
    const [up, down] = [await pages("asc"), await pages("desc")];
    expect(new Set(down.map((r) => r.id)).size).toBe(83);
    const names = up.map((r) => r.name as string);
    expect(down.map((r) => r.name)).toEqual([...names].reverse());
    // The chosen sort is not the list's own order (by place, then name).
    expect(first.items.map((r) => r.name)).not.toEqual(names.slice(0, 10));
    const found = await c.coverage.list({ countyCode: "430421", kind: "school", q: names[5]!.slice(2, 6) });
    expect(found.items.map((r) => r.name)).toContain(names[5]);
    // What is typed is matched as it is: % and _ stand for themselves.
    expect((await c.coverage.list({ countyCode: "430421", kind: "school", q: "%" })).total).toBe(0);
    expect((await c.coverage.list({ countyCode: "430421", kind: "school", q: "_" })).total).toBe(0);
    expect(await outcome(c.coverage.list({ countyCode: "430421", kind: "school", sort: "id" as "name" }))).toBe("BAD_REQUEST");
  });
  it("roles and scope", async () => {
    const home = { id: null, version: null, name: "越权青年之家", regionId: "r410184009000", organisationId: null, address: "", openedOn: null, entityRun: true };
    expect(await outcome((await callerFor("reviewer-zhengzhou")).coverage.saveYouthHome(home))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("county-hengyang")).coverage.saveYouthHome(home))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-hengyang")).coverage.list({ countyCode: "410184", kind: "school" }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("township-xinzheng")).coverage.saveYouthHome({ ...home, regionId: "r410184001000" }))).toBe("NOT_FOUND");
  });
});
