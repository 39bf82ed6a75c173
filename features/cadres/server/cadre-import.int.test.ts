import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CADRE_COLUMNS } from "@/features/cadres/import-columns";
import { idCheckChar } from "@/lib/validation/identity";
import { testDb } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { cadreTemplate, importCadres } from "./cadre-import";

let seq = 100 + Math.floor(Math.random() * 400);
function id(birth: string) {
  const body = `419998${birth.replace(/-/g, "")}${String((seq += 2)).padStart(3, "0")}`;
  return body + idCheckChar(body);
}
const row = (over: Record<string, string> = {}) => ({
  name: "导入干部", gender: "女", birthDate: "1995-06-01", idNumber: id("1995-06-01"), phone: "13700001111",
  education: "本科", staffingType: "兼职", source: "大学生兼职", inVillageCommittees: "否",
  organisationId: "共青团新郑市龙湖镇委员会", post: "委员", startedOn: "2024-03-01", ...over,
});
async function workbook(rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团干部");
  sheet.addRow(CADRE_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(CADRE_COLUMNS.map((c) => r[c.key] ?? ""));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}

describe("cadre import", () => {
  it("bad rows: every problem named, nothing written", async () => {
    const good = row();
    const rows = [good, row({ idNumber: good.idNumber.slice(0, 17) + (good.idNumber[17] === "1" ? "2" : "1") }), row({ post: "队长" }), row({ phone: "123" })];
    // Other test files write cadres at the same time: look for this file's ID numbers only.
    const mine = { idNumber: { in: rows.map((r) => r.idNumber) } };
    const before = await testDb().cadre.count({ where: mine });
    const result = await importCadres(testDb(), await actor("county-xinzheng"), "410184", await workbook(rows));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.row, p.field, p.message])).toEqual([[3, "idNumber", "v.idChecksum"], [4, "post", "v.choose"], [5, "phone", "v.phone"]]);
    expect(await testDb().cadre.count({ where: mine })).toBe(before);
  });
  it("a clean file writes each cadre with their post and an audit entry", async () => {
    const rows = [row({ name: "导入甲" }), row({ name: "导入乙", post: "副书记" })];
    const result = await importCadres(testDb(), await actor("county-xinzheng"), "410184", await workbook(rows));
    expect(result).toEqual({ ok: true, created: 2 });
    const written = await testDb().cadre.findMany({ where: { idNumber: { in: rows.map((r) => r.idNumber) } }, select: { name: true, positions: { select: { post: true, organisationId: true } } } });
    expect(written.map((c) => [c.name, c.positions[0]?.post]).sort()).toEqual([["导入乙", "DEPUTY_SECRETARY"], ["导入甲", "COMMITTEE_MEMBER"]]);
    const again = await importCadres(testDb(), await actor("county-xinzheng"), "410184", await workbook(rows));
    expect(again.ok).toBe(false);
  });
  it("the template has every column", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await cadreTemplate());
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, ...CADRE_COLUMNS.map((c) => c.header)]);
  });
});
