import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ORG_COLUMNS } from "@/features/orgs/import-columns";
import { testDb } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { importOrgs } from "./org-import";

async function workbook(rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团组织");
  sheet.addRow(ORG_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(ORG_COLUMNS.map((c) => r[c.key] ?? ""));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}
const row = (over: Record<string, string> = {}) => ({
  name: `导入团支部${Math.random().toString(36).slice(2, 6)}`, type: "联合团支部", domain: "非公企业", setupMode: "产业融合",
  township: "龙湖镇", village: "", parentId: "共青团新郑市龙湖镇委员会", foundedOn: "2023-05-04", termStartedOn: "", note: "", ...over,
});

describe("organisation import", () => {
  it("places by township and village name; unknown places and labels are named; nothing written on error", async () => {
    const rows = [row(), row({ village: "不存在村" }), row({ type: "兴趣小组" }), row({ type: "团县委" })];
    // Other test files write organisations at the same time: look for this file's names only.
    const mine = { name: { in: rows.map((r) => r.name) } };
    const result = await importOrgs(testDb(), await actor("county-xinzheng"), "410184", await workbook(rows));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.row, p.field, p.message])).toEqual([[3, "village", "import.unknownPlace"], [4, "type", "v.choose"], [5, "type", "v.countyCommitteeLevel"]]);
    expect(await testDb().organisation.count({ where: mine })).toBe(0);
  });
  it("a clean file is written with its audit; a township cadre imports only into their township", async () => {
    const village = await testDb().region.findUniqueOrThrow({ where: { id: "r410184009003" }, select: { name: true } });
    const rows = [row(), row({ village: village.name, type: "团支部", domain: "农村" })];
    const result = await importOrgs(testDb(), await actor("township-xinzheng"), "410184", await workbook(rows));
    expect(result).toEqual({ ok: true, created: 2 });
    const written = await testDb().organisation.findMany({ where: { name: { in: rows.map((r) => r.name) } }, select: { regionId: true, countyId: true, parentId: true } });
    expect(written.map((o) => o.regionId).sort()).toEqual(["r410184009000", "r410184009003"]);
    const elsewhere = await importOrgs(testDb(), await actor("township-xinzheng"), "410184", await workbook([row({ township: "城关乡", parentId: "" })]));
    expect(elsewhere.ok).toBe(false);
    await expect(importOrgs(testDb(), await actor("reviewer-zhengzhou"), "410184", await workbook([row()]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
