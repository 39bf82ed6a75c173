import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { MEMBER_COLUMNS } from "@/features/members/import-columns";
import { ORG_COLUMNS } from "@/features/orgs/import-columns";
import { GET as templateRoute } from "@/app/api/import/[roster]/template/route";
import { testDb } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { cadreTemplate, importCadres } from "@/features/cadres/server/cadre-import";
import { importMembers, memberTemplate } from "@/features/members/server/member-import";
import { importOrgs, orgTemplate } from "@/features/orgs/server/org-import";
import { importUnits, unitTemplate } from "@/features/coverage/server/unit-import";
import { INSTRUCTIONS_SHEET } from "./xlsx-import";

// The route handler reads the session through next-auth; here any signed-in user will do.
vi.mock("server-only", () => ({}));
vi.mock("@/server/auth/request-actor", () => ({ requestActor: async () => ({ id: "signed-in" }) }));

async function download(roster: string) {
  const res = await templateRoute(new Request(`http://localhost/api/import/${roster}/template`), { params: Promise.resolve({ roster }) });
  expect(res.status).toBe(200);
  return res.arrayBuffer();
}

async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}

/** Fills rows below the header of the template's data sheet, as a person would in Excel. */
async function fill(template: ArrayBuffer, rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template);
  const sheet = book.worksheets[0]!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, n) => col.set(String(cell.value), n));
  for (const [i, r] of rows.entries()) {
    const row = sheet.getRow(sheet.actualRowCount + 1 + i);
    for (const [header, value] of Object.entries(r)) row.getCell(col.get(header)!).value = value;
    row.commit();
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

const byHeader = (columns: { key: string; header: string }[], values: Record<string, string>) =>
  Object.fromEntries(columns.filter((c) => values[c.key] !== undefined).map((c) => [c.header, values[c.key]!]));

const ROSTERS = [
  ["members", memberTemplate, importMembers],
  ["cadres", cadreTemplate, importCadres],
  ["orgs", orgTemplate, importOrgs],
  ["schools", unitTemplate("school"), importUnits("school")],
  ["units", unitTemplate("unit"), importUnits("unit")],
  ["youthHomes", unitTemplate("youthHome"), importUnits("youthHome")],
] as const;

describe("import templates", () => {
  it("the data sheet holds only the header; the example and the column notes sit in a sheet after it", async () => {
    for (const [roster, template] of ROSTERS) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await template());
      expect(book.worksheets.map((s) => s.name).slice(1), roster).toEqual([INSTRUCTIONS_SHEET]);
      expect(book.worksheets[0]!.actualRowCount, roster).toBe(1);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await memberTemplate());
    const notes = book.getWorksheet(INSTRUCTIONS_SHEET)!;
    const lines: string[] = [];
    notes.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
    const text = lines.join("\n");
    expect(text).toContain("张晓雨");
    expect(text).toMatch(/出生日期 \| 必填 \| [^\n]*YYYY-MM-DD/);
    expect(text).toMatch(/类别 \| 必填 \| [^\n]*初中、高中、中职、高校、社会/);
    expect(text).toMatch(/递交入党申请日期 \| 选填/);
  });

  it("a template filled with one member imports exactly that member, never the example", async () => {
    const db = testDb();
    const devNumber = `20248${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`;
    const mine = {
      name: "填表团员", gender: "男", birthDate: "2006-09-01", developmentNumber: devNumber, joinedOn: "2024-05-04",
      category: "高中", organisationId: "共青团新郑市第2中学委员会", archiveCertifiedOn: "2024-05-10", registeredYear: "2025", holdsPost: "否",
    };
    const example = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.key, c.example]));
    const exampleRows = { name: example.name!, developmentNumber: example.developmentNumber! };
    const examplesBefore = await db.member.count({ where: exampleRows });

    const file = await fill(await download("members"), [byHeader(MEMBER_COLUMNS, mine)]);
    const result = await importMembers(db, await actor("county-xinzheng"), "410184", file);
    expect(result).toEqual({ ok: true, created: 1 });
    expect(await db.member.count({ where: { developmentNumber: devNumber, name: "填表团员" } })).toBe(1);
    expect(await db.member.count({ where: exampleRows })).toBe(examplesBefore);
  });

  it("an organisation template filled with one row imports that row only", async () => {
    const db = testDb();
    const name = `测试填表团支部${Math.random().toString(36).slice(2, 6)}`;
    const example = ORG_COLUMNS.find((c) => c.key === "name")!.example;
    const examplesBefore = await db.organisation.count({ where: { name: example, countyId: "r410184" } });
    const file = await fill(await orgTemplate(), [byHeader(ORG_COLUMNS, { name, type: "团支部", domain: "非公企业", township: "龙湖镇" })]);
    expect(await importOrgs(db, await actor("county-xinzheng"), "410184", file)).toEqual({ ok: true, created: 1 });
    expect(await db.organisation.count({ where: { name, countyId: "r410184" } })).toBe(1);
    expect(await db.organisation.count({ where: { name: example, countyId: "r410184" } })).toBe(examplesBefore);
  });

  it("an untouched template is an empty file for every roster, and nothing is written", async () => {
    const db = testDb();
    const county = { countyId: "r410184" };
    // Rows bearing the example's name, counted where the example would land.
    const examples = () =>
      Promise.all([
        db.member.count({ where: { ...county, name: "张晓雨" } }),
        db.cadre.count({ where: { ...county, name: "李晓红" } }),
        db.organisation.count({ where: { ...county, name: "东庄村团支部" } }),
        db.school.count({ where: { ...county, name: "新郑市龙湖镇第一初级中学" } }),
        db.unit.count({ where: { ...county, name: "新郑市某某科技有限公司" } }),
        db.youthHome.count({ where: { ...county, name: "龙湖镇青年之家" } }),
      ]);
    const before = await examples();
    for (const [roster, , importer] of ROSTERS) {
      await expect(importer(db, await actor("county-xinzheng"), "410184", await download(roster)), roster).rejects.toMatchObject({ message: "import.empty" });
    }
    expect(await examples()).toEqual(before);
  });

  it("the data sheet is found by its header wherever it sits; the notes sheet is never read", async () => {
    const db = testDb();
    const number = () => `20248${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`;
    const member = (name: string, developmentNumber: string) => {
      const values: Record<string, string> = { name, gender: "女", birthDate: "2006-09-01", developmentNumber, joinedOn: "2024-05-04", category: "高中", organisationId: "共青团新郑市第2中学委员会" };
      return MEMBER_COLUMNS.map((c) => values[c.key] ?? "");
    };
    const [noted, wanted] = [number(), number()];
    // Sheets moved about: one of the user's own first, then a notes sheet that even looks like
    // data, then the data sheet.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("我的备注").addRows([["备注"], ["下周再导入一批"]]);
    book.addWorksheet(INSTRUCTIONS_SHEET).addRows([MEMBER_COLUMNS.map((c) => c.header), member("说明团员", noted)]);
    book.addWorksheet("团员").addRows([MEMBER_COLUMNS.map((c) => c.header), member("换序团员", wanted)]);
    const file = (await book.xlsx.writeBuffer()) as ArrayBuffer;
    expect(await importMembers(db, await actor("county-xinzheng"), "410184", file)).toEqual({ ok: true, created: 1 });
    expect(await db.member.count({ where: { developmentNumber: wanted, name: "换序团员" } })).toBe(1);
    expect(await db.member.count({ where: { developmentNumber: noted } })).toBe(0);
  });

  it("an older template's example row, left in place, is refused rather than imported", async () => {
    const db = testDb();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("团员");
    sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
    sheet.addRow(MEMBER_COLUMNS.map((c) => c.example));
    const result = await importMembers(db, await actor("county-xinzheng"), "410184", (await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ row: 2, message: "import.exampleRow" })]);
  });
});
