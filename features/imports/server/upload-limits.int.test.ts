import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { MEMBER_COLUMNS } from "@/features/members/import-columns";
import { SETTING_DEFAULTS } from "@/features/settings/settings";
import { loadActor, type TActor } from "@/server/actor";
import { importMembers } from "@/features/members/server/member-import";
import { testDb, unique } from "@/server/test/helpers";
import { builtWorkbook } from "@/server/test/xlsx-files";

/*
 * What an import refuses, and that a refused file writes nothing. Each case runs as an account
 * of its own (a county admin of 新郑市 made here), so the audit entries it could write are its
 * own to count while other test files import into the same county.
 */
let serial = Math.floor(Math.random() * 900_000);
const headers = MEMBER_COLUMNS.map((c) => c.header);
function member(): string[] {
  const values: Record<string, string> = {
    name: "限制测试",
    gender: "女",
    birthDate: "2006-02-01",
    developmentNumber: `20247${String(++serial).padStart(7, "0")}`,
    joinedOn: "2024-05-04",
    category: "高中",
    organisationId: "共青团新郑市第2中学委员会",
    holdsPost: "否",
  };
  return MEMBER_COLUMNS.map((c) => values[c.key] ?? "");
}
/** The row with an organisation the county does not have: read and checked, never written. */
function elsewhere(r: string[]): string[] {
  r[MEMBER_COLUMNS.findIndex((c) => c.key === "organisationId")] = "不存在的团支部";
  return r;
}
const numbers = (rows: string[][]) => rows.map((r) => r[MEMBER_COLUMNS.findIndex((c) => c.key === "developmentNumber")]!);

async function exceljsWorkbook(rows: string[][], head = headers) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团员");
  sheet.addRow(head);
  for (const r of rows) sheet.addRow(r);
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

let actor: TActor;
beforeAll(async () => {
  const db = testDb();
  const model = await db.user.findUniqueOrThrow({ where: { username: "county-xinzheng" } });
  const user = await db.user.create({
    data: { username: unique("upload-limits"), passwordHash: model.passwordHash, displayName: "导入限制测试", role: model.role, regionId: model.regionId },
  });
  actor = (await loadActor(db, user.id))!;
});

/** Imports the file, expecting a refusal; returns its message after checking nothing was written. */
async function refusal(file: ArrayBuffer, rows: string[][], limits?: Parameters<typeof importMembers>[5]): Promise<string> {
  const db = testDb();
  const written = async () => ({
    members: await db.member.count({ where: { developmentNumber: { in: numbers(rows) } } }),
    audit: await db.auditEntry.count({ where: { actorId: actor.id } }),
  });
  const before = await written();
  let message = "accepted";
  try {
    const result = await importMembers(db, actor, "410184", file, undefined, limits);
    if (!result.ok) message = `problems: ${result.problems.map((p) => p.message).join(",")}`;
  } catch (e) {
    message = (e as Error).message;
  }
  expect(await written()).toEqual(before);
  return message;
}

describe("upload limits", () => {
  it("a workbook built byte by byte is read to the end: the files below differ from it only in what is refused", async () => {
    // Its rows name no organisation of the county, so they are read and checked but never written
    // (a write would move 新郑市's figures under the tests that compare them).
    const rows = [member(), member()].map(elsewhere);
    expect(await refusal(await builtWorkbook(headers, rows), rows)).toBe("problems: import.unknownOrg,import.unknownOrg");
  });

  it("a workbook whose sheet comes before xl/workbook.xml, or whose sizes follow each entry, is read like any other", async () => {
    const rows = [member(), member()].map(elsewhere);
    expect(await refusal(await builtWorkbook(headers, rows, { sheetFirst: true }), rows)).toBe("problems: import.unknownOrg,import.unknownOrg");
    expect(await refusal(await builtWorkbook(headers, rows, { descriptors: true, sheetFirst: true }), rows)).toBe("problems: import.unknownOrg,import.unknownOrg");
  });

  it("bytes hidden after the end of an entry's deflate stream are refused: a scanning reader could find an entry there", async () => {
    const rows = [member(), member()].map(elsewhere);
    // A stored (uncompressed) entry header inside the sheet's data, behind the end of its stream.
    const hidden = Buffer.concat([Buffer.from([0x50, 0x4b, 0x07, 0x08]), Buffer.alloc(12), Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26)]);
    expect(await refusal(await builtWorkbook(headers, rows, { trailing: hidden }), rows)).toBe("import.damaged");
    expect(await refusal(await builtWorkbook(headers, rows, { trailing: hidden, descriptors: true }), rows)).toBe("import.damaged");
  });

  it("a zip bomb (a sheet that inflates past the limit) is refused before it is inflated", async () => {
    const rows = [member()];
    const bomb = await builtWorkbook(headers, rows, { padding: SETTING_DEFAULTS.uploadMaxUnpackedMb + 10 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb, rows)).toBe(`import.unpackedTooLarge?max=${SETTING_DEFAULTS.uploadMaxUnpackedMb}`);
  });

  it("a zip whose directory declares small sizes is refused by the bytes it really inflates to", async () => {
    const rows = [member()];
    const liar = await builtWorkbook(headers, rows, { padding: 40, declared: 2000 });
    expect(await refusal(liar, rows, { maxUnpackedMb: 10 })).toBe("import.unpackedTooLarge?max=10");
    // The same file is read when the limit allows what it really holds.
    const fits = [elsewhere(member())];
    expect(await refusal(await builtWorkbook(headers, fits, { padding: 2, declared: 2000 }), fits, { maxUnpackedMb: 10 })).toBe("problems: import.unknownOrg");
  });

  it("a workbook over the row limit is refused; one at the limit is read to the end", async () => {
    const rows = Array.from({ length: 101 }, member);
    expect(await refusal(await exceljsWorkbook(rows), rows, { maxRows: 100 })).toBe("import.tooMany?max=100");
    // 3,000 rows span many inflated chunks: counted exactly, they are read and checked (and all
    // refused for their unknown organisation, so nothing is written).
    const many = Array.from({ length: 3000 }, () => elsewhere(member()));
    expect(await refusal(await exceljsWorkbook(many), many, { maxRows: 3000 })).toBe(`problems: ${many.map(() => "import.unknownOrg").join(",")}`);
    expect(await refusal(await exceljsWorkbook(many), many, { maxRows: 2999 })).toBe("import.tooMany?max=2999");
  });

  it("a file over the size limit is refused before it is read", async () => {
    const rows = Array.from({ length: 5 }, member);
    const file = await exceljsWorkbook(rows);
    expect(await refusal(file, rows, { maxMb: file.byteLength / 1024 / 1024 / 2 })).toMatch(/^import\.tooLarge\?max=/);
  });

  it("a reading that runs past the time limit is stopped", async () => {
    const rows = Array.from({ length: 3000 }, member);
    expect(await refusal(await exceljsWorkbook(rows), rows, { parseSeconds: 0.05 })).toBe("import.tooSlow?max=0.05");
  });

  it("empty, truncated, non-xlsx and wrong-header files each get their message", async () => {
    const rows = Array.from({ length: 50 }, member);
    const good = await exceljsWorkbook(rows);
    expect(await refusal(new ArrayBuffer(0), [])).toBe("import.emptyFile");
    expect(await refusal(good.slice(0, Math.floor(good.byteLength / 2)), rows)).toBe("import.damaged");
    expect(await refusal(good.slice(0, good.byteLength - 10), rows)).toBe("import.damaged");
    const csv = new TextEncoder().encode([headers, ...rows].map((r) => r.join(",")).join("\n"));
    expect(await refusal(csv.buffer as ArrayBuffer, rows)).toBe("import.notXlsx");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    expect(await refusal(png.buffer, [])).toBe("import.notXlsx");
    const renamed = await exceljsWorkbook(rows, headers.map((h) => `${h}（旧）`));
    expect(await refusal(renamed, rows)).toBe("import.missingColumns");
  });
});
