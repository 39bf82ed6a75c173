import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SCHOOL_COLUMNS, UNIT_COLUMNS, YOUTH_HOME_COLUMNS } from "@/features/coverage/import-columns";
import type { TImportColumn } from "@/features/members/import-columns";
import { callerFor, testDb } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { importUnits } from "./unit-import";

async function workbook(columns: TImportColumn[], rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("s");
  sheet.addRow(columns.map((c) => c.header));
  for (const r of rows) sheet.addRow(columns.map((c) => r[c.key] ?? ""));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}
const tag = Math.random().toString(36).slice(2, 6);

describe("coverage unit imports", () => {
  it("schools: labels become values, a level without a league school is refused", async () => {
    // A generated county, so the published figures of the others stay as they are.
    const a = await actor("admin");
    const bad = await importUnits("school")(testDb(), a, "650421", await workbook(SCHOOL_COLUMNS, [
      { name: `托克逊县导入中学${tag}`, kind: "中学", township: "七克台镇", hasLeagueSchool: "否", leagueSchoolLevel: "县级示范" },
      { name: `托克逊县导入职校${tag}`, kind: "职高", township: "七克台镇", hasLeagueSchool: "是", leagueSchoolLevel: "" },
    ]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => [p.row, p.field, p.message])).toEqual([[2, "leagueSchoolLevel", "v.levelWithoutSchool"], [3, "kind", "v.choose"]]);
    const before = await (await callerFor("admin")).coverage.summary({ countyCode: "650421" });
    const good = await importUnits("school")(testDb(), a, "650421", await workbook(SCHOOL_COLUMNS, [
      { name: `托克逊县导入中学${tag}`, kind: "中学", township: "七克台镇", hasLeagueSchool: "否", leagueSchoolLevel: "" },
    ]));
    expect(good).toEqual({ ok: true, created: 1 });
    const after = await (await callerFor("admin")).coverage.summary({ countyCode: "650421" });
    expect(after.c3.denominator).toBe(before.c3.denominator + 1);
  });
  it("units and Youth Homes import; an unknown township is named", async () => {
    const a = await actor("county-hengyang");
    expect(await importUnits("unit")(testDb(), a, "430421", await workbook(UNIT_COLUMNS, [
      { name: `衡阳县导入公司${tag}`, kind: "非公企业", township: "西渡镇", memberCount: "4", youngStaffCount: "30" },
    ]))).toEqual({ ok: true, created: 1 });
    const homes = await importUnits("youthHome")(testDb(), a, "430421", await workbook(YOUTH_HOME_COLUMNS, [
      { name: `导入青年之家${tag}`, township: "不存在镇", entityRun: "是" },
    ]));
    expect(homes.ok).toBe(false);
    if (!homes.ok) expect(homes.problems).toEqual([expect.objectContaining({ field: "township", message: "import.unknownPlace" })]);
  });
});
