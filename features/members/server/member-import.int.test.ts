import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MEMBER_COLUMNS } from "@/features/members/import-columns";
import { loadActor } from "@/server/actor";
import { importMembers, memberTemplate } from "./member-import";
import { testDb } from "@/server/test/helpers";

let serial = Math.floor(Math.random() * 900_000);
const row = (over: Record<string, string> = {}) => ({
  name: "导入团员",
  gender: "女",
  birthDate: "2006-02-01",
  idNumber: "",
  phone: "",
  developmentNumber: `20248${String(++serial).padStart(7, "0")}`,
  joinedOn: "2024-05-04",
  category: "高中",
  organisationId: "共青团新郑市第2中学委员会",
  archiveCertifiedOn: "2024-05-10",
  registeredYear: "2025",
  holdsPost: "否",
  ...over,
});

async function workbook(rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团员");
  sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(MEMBER_COLUMNS.map((c) => r[c.key] ?? ""));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

async function actor(username: string) {
  const db = testDb();
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(db, user.id))!;
}

describe("member import", () => {
  it("a file with bad rows writes nothing and reports every bad row and field", async () => {
    const db = testDb();
    const good = [row(), row(), row()];
    const bad = [
      row({ birthDate: "2011-01-01" }), // joins at 13
      row({ developmentNumber: "" }), // no number
      row({ organisationId: "不存在的团支部", category: "大学" }), // two problems in one row
    ];
    // Other test files write members at the same time: count only this file's numbers.
    const numbers = { developmentNumber: { in: [...good, ...bad].map((r) => r.developmentNumber).filter(Boolean) } };
    const before = await db.member.count({ where: numbers });
    expect(before).toBe(0);
    const result = await importMembers(db, await actor("county-xinzheng"), "410184", await workbook([...good, ...bad]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [5, "joinedOn", "v.joinAge"],
      [6, "developmentNumber", "v.devNumberRequired"],
      [7, "organisationId", "import.unknownOrg"],
      [7, "category", "v.choose"],
    ]);
    expect(await db.member.count({ where: numbers })).toBe(0);
  });

  it("a clean file is written in one go, with an audit entry per member, and reports progress", async () => {
    const db = testDb();
    const rows = Array.from({ length: 25 }, () => row());
    const phases = new Set<string>();
    const result = await importMembers(db, await actor("county-xinzheng"), "410184", await workbook(rows), (p) => phases.add(p.phase));
    expect(result).toEqual({ ok: true, created: 25 });
    expect(phases).toEqual(new Set(["read", "check", "write"]));
    const written = await db.member.findMany({ where: { developmentNumber: { in: rows.map((r) => r.developmentNumber) } }, select: { id: true, countyId: true } });
    expect(written).toHaveLength(25);
    expect(written.every((m) => m.countyId === "r410184")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "import", entityId: { in: written.map((m) => m.id) } } })).toBe(25);
    // Each begins its dated membership on the day it joined, and is registered for the year the file gives.
    const memberships = await db.membership.findMany({ where: { memberId: { in: written.map((m) => m.id) } }, select: { startedOn: true, endedOn: true, countyId: true } });
    expect(memberships).toHaveLength(25);
    expect(memberships.every((ms) => ms.startedOn.toISOString().startsWith("2024-05-04") && ms.endedOn === null && ms.countyId === "r410184")).toBe(true);
    expect(await db.memberRegistration.count({ where: { memberId: { in: written.map((m) => m.id) }, year: 2025, status: "REGISTERED" } })).toBe(25);

    // The same file again: every number is now taken, and nothing is written twice.
    const again = await importMembers(db, await actor("county-xinzheng"), "410184", await workbook(rows));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problems.every((p) => p.message === "v.devNumberTaken")).toBe(true);
  });

  it("duplicates inside one file are caught", async () => {
    const r = row();
    const result = await importMembers(testDb(), await actor("county-xinzheng"), "410184", await workbook([r, { ...r, name: "另一人" }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ row: 3, field: "developmentNumber", message: "import.duplicateInFile" })]);
  });

  it("scope and role: reviewers are refused, other counties are not found, organisations elsewhere are unknown", async () => {
    const file = await workbook([row()]);
    await expect(importMembers(testDb(), await actor("reviewer-zhengzhou"), "410184", file)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importMembers(testDb(), await actor("county-hengyang"), "410184", file)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const township = await importMembers(testDb(), await actor("township-xinzheng"), "410184", file);
    expect(township.ok).toBe(false);
    if (!township.ok) expect(township.problems[0]?.message).toBe("import.unknownOrg");
  });

  it("a file that is not a workbook is refused with a clear message", async () => {
    await expect(importMembers(testDb(), await actor("county-xinzheng"), "410184", new TextEncoder().encode("name,age").buffer as ArrayBuffer)).rejects.toMatchObject({ message: "import.notXlsx" });
  });

  it("the template's data sheet has every column", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await memberTemplate());
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, ...MEMBER_COLUMNS.map((c) => c.header)]);
  });
});
