import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { compareCounties } from "@/features/indicators/server/dashboard";
import { testDb } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { exportComparison, exportRoster } from "./exports";

async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}
async function sheet(buffer: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const ws = book.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("roster exports", () => {
  it("exports the filtered list, with the list's own filter", async () => {
    const out = await exportRoster(testDb(), await actor("county-xinzheng"), "orgs", { countyCode: "410184", type: "COMMITTEE", q: "龙湖镇" }, "zh");
    const rows = await sheet(out.buffer);
    expect(rows[0]?.[0]).toBe("名称");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["共青团新郑市龙湖镇委员会"]);
  });
  it("masks ID numbers and phones for a reviewer, not for the county's admin", async () => {
    const reviewer = await sheet((await exportRoster(testDb(), await actor("reviewer-zhengzhou"), "cadres", { countyCode: "410184" }, "zh")).buffer);
    const admin = await sheet((await exportRoster(testDb(), await actor("county-xinzheng"), "cadres", { countyCode: "410184" }, "en")).buffer);
    expect(reviewer.length).toBeGreaterThan(1000);
    expect(reviewer.slice(1).every((r) => r[3] === "" || r[3]!.includes("*"))).toBe(true);
    expect(admin[0]?.[3]).toBe("ID number");
    expect(admin.slice(1).some((r) => /^\d{17}[\dX]$/.test(r[3] ?? ""))).toBe(true);
    const raw = new Set(admin.slice(1).map((r) => r[3]));
    expect(reviewer.slice(1).some((r) => raw.has(r[3]!) && r[3] !== "")).toBe(false);
  });
  it("members by join year: the 2021 cohort still on 新郑市's roll, exactly as the list counts them", async () => {
    const rows = await sheet((await exportRoster(testDb(), await actor("county-xinzheng"), "members", { countyCode: "410184", joinedYear: 2021, pageSize: 100 }, "zh")).buffer);
    const onRoll = await testDb().member.count({ where: { countyId: "r410184", status: "ACTIVE", joinedOn: { gte: new Date("2021-01-01"), lt: new Date("2022-01-01") } } });
    // 2,220 joined in 2021; other tests move or retire a few of them today, which the roster follows.
    expect(onRoll).toBeGreaterThan(2200);
    expect(rows.length - 1).toBe(onRoll);
  });
  it("follows the list's sort, the same rows as its pages in the same order", async () => {
    const xz = await actor("county-xinzheng");
    const input = { countyCode: "410184", type: "BRANCH", sort: "name", dir: "desc" };
    const rows = await sheet((await exportRoster(testDb(), xz, "orgs", input, "zh")).buffer);
    const { listOrgs } = await import("@/features/orgs/server/orgs");
    const first = await listOrgs(testDb(), xz, { ...input, type: "BRANCH", sort: "name", dir: "desc", pageSize: 100 });
    expect(rows.slice(1, 101).map((r) => r[0])).toEqual(first.items.map((o) => o.name));
    expect(rows.length - 1).toBe(first.total);
    const own = await listOrgs(testDb(), xz, { countyCode: "410184", type: "BRANCH", pageSize: 100 });
    expect(own.items.map((o) => o.name)).not.toEqual(first.items.map((o) => o.name));
  });
  it("a coverage roster exports with the columns and search of its list", async () => {
    const rows = await sheet((await exportRoster(testDb(), await actor("county-hengyang"), "schools", { countyCode: "430421", sort: "name" }, "zh")).buffer);
    expect(rows[0]!.slice(0, 3)).toEqual(["名称", "所在乡镇/村", "对应团组织"]);
    expect(rows).toHaveLength(1 + 83);
    const some = rows[10]![0]!;
    const found = await sheet((await exportRoster(testDb(), await actor("county-hengyang"), "schools", { countyCode: "430421", q: some }, "zh")).buffer);
    expect(found.slice(1).map((r) => r[0])).toContain(some);
    await expect(exportRoster(testDb(), await actor("county-hengyang"), "units", { countyCode: "430421", sort: "memberCount" }, "zh")).rejects.toThrow();
  });
  it("out of scope is not found", async () => {
    await expect(exportRoster(testDb(), await actor("county-hengyang"), "members", { countyCode: "410184" }, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("comparison export", () => {
  it("the prefecture's counties with each indicator's value, numerator, denominator, light and rank", async () => {
    const out = await exportComparison(testDb(), await actor("reviewer-zhengzhou"), "410100", { year: 2021 }, ["P1", "C3"], "zh");
    const rows = await sheet(out.buffer.buffer.slice(out.buffer.byteOffset, out.buffer.byteOffset + out.buffer.byteLength) as ArrayBuffer);
    expect(rows[1]!.slice(0, 6)).toEqual(["县区", "C3 中学团校覆盖率", "C3 分子", "C3 分母", "C3 评价", "C3 名次"]);
    const xinzheng = rows.find((r) => r[0] === "新郑市")!;
    const cmp = await compareCounties(testDb(), await actor("reviewer-zhengzhou"), "410100", { year: 2021 }, ["P1", "C3"]);
    const p1Rank = cmp.counties.find((x) => x.county.code === "410184")!.indicators.find((i) => i.code === "P1")!.rank;
    expect(xinzheng.slice(1, 11)).toEqual(["1", "39", "39", "达标", "1", String(51 / 70), "51", "70", "达标", String(p1Rank)]);
    expect(rows).toHaveLength(2 + 5 + 1);
    expect(rows[7]!.slice(0, 1)).toEqual(["全市合计"]);
  });
  it("out of scope is not found", async () => {
    await expect(exportComparison(testDb(), await actor("reviewer-hengyang"), "410100", { year: 2021 }, [], "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
