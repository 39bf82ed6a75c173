import ExcelJS from "exceljs";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";
import { BOOL_NAMES, CATEGORY_NAMES, GENDER_NAMES, MEMBER_COLUMNS } from "@/lib/import/member-columns";
import { ZCreateMemberInput, type TCreateMemberInput } from "@/lib/schemas/member";
import { assertCan, orgScope, type TActor } from "./actor";
import { DomainError } from "./errors";
import { memberData } from "./members";
import { findCountyForActor } from "./regions";

export type TImportProblem = { row: number; field: string; header: string; message: string; value: string };
export type TImportProgress = { phase: "read" | "check" | "write"; done: number; total: number };
export type TImportResult = { ok: true; created: number } | { ok: false; problems: TImportProblem[]; rows: number };

const MAX_ROWS = 50_000;
const HEADER = new Map(MEMBER_COLUMNS.map((c) => [c.key, c.header]));

/** A cell as the text a person typed: dates as YYYY-MM-DD, numbers without exponent. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
    if ("text" in value) return String(value.text).trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

/**
 * Imports a members workbook into one county. Every row is checked with the same schema as the
 * form, plus uniqueness against the file and the database; one bad row means nothing is written
 * and every problem is reported. A clean file is written in one transaction with its audit.
 */
export async function importMembers(
  db: Db,
  actor: TActor,
  countyCode: string,
  file: ArrayBuffer,
  progress: (p: TImportProgress) => void = () => {},
): Promise<TImportResult> {
  assertCan(actor, "editPeople");
  const county = await findCountyForActor(db, actor, countyCode);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file);
  } catch {
    throw new DomainError("BAD_INPUT", "import.notXlsx", "file");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new DomainError("BAD_INPUT", "import.empty", "file");

  const headerRow = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  headerRow.eachCell((cell, col) => {
    const column = MEMBER_COLUMNS.find((c) => c.header === cellText(cell.value));
    if (column) columnOf.set(column.key, col);
  });
  const missing = MEMBER_COLUMNS.filter((c) => !columnOf.has(c.key) && ["name", "developmentNumber", "joinedOn", "birthDate", "organisationId"].includes(c.key));
  if (missing.length) throw new DomainError("BAD_INPUT", "import.missingColumns", "file");

  const orgs = await db.organisation.findMany({
    where: { countyId: county.id, status: { in: ["ACTIVE", "RECTIFYING"] }, ...orgScope(actor) },
    select: { id: true, name: true },
  });
  const orgByName = new Map(orgs.map((o) => [o.name, o.id]));

  const problems: TImportProblem[] = [];
  const valid: { row: number; input: TCreateMemberInput }[] = [];
  const total = Math.max(0, sheet.actualRowCount - 1);
  if (total > MAX_ROWS) throw new DomainError("BAD_INPUT", "import.tooMany", "file");
  const seenDev = new Map<string, number>();
  const seenId = new Map<string, number>();

  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const raw: Record<string, string> = {};
    for (const c of MEMBER_COLUMNS) raw[c.key] = columnOf.has(c.key) ? cellText(row.getCell(columnOf.get(c.key)!).value) : "";
    if (Object.values(raw).every((v) => v === "")) return;
    const problem = (field: string, message: string) =>
      problems.push({ row: rowNumber, field, header: HEADER.get(field) ?? field, message, value: raw[field] ?? "" });
    const input: Record<string, unknown> = { ...raw };
    for (const c of MEMBER_COLUMNS) {
      const v = raw[c.key] ?? "";
      if (c.kind === "gender") input[c.key] = GENDER_NAMES[v] ?? v;
      if (c.kind === "category") input[c.key] = CATEGORY_NAMES[v] ?? v;
      if (c.kind === "bool") input[c.key] = BOOL_NAMES[v] ?? v;
      if (c.kind === "organisation") {
        input[c.key] = orgByName.get(v) ?? "";
        if (v && !orgByName.has(v)) problem(c.key, "import.unknownOrg");
      }
    }
    const parsed = ZCreateMemberInput.safeParse(input);
    if (!parsed.success) {
      const fields = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "row");
        if (fields.has(field) || (field === "organisationId" && raw.organisationId && !orgByName.has(raw.organisationId))) continue;
        fields.add(field);
        problem(field, issue.message);
      }
      return;
    }
    const dev = parsed.data.developmentNumber;
    if (seenDev.has(dev)) problem("developmentNumber", "import.duplicateInFile");
    seenDev.set(dev, rowNumber);
    const id = parsed.data.idNumber;
    if (id) {
      if (seenId.has(id)) problem("idNumber", "import.duplicateInFile");
      seenId.set(id, rowNumber);
    }
    valid.push({ row: rowNumber, input: parsed.data });
    if (rowNumber % 1000 === 0) progress({ phase: "read", done: rowNumber - 1, total });
  });
  progress({ phase: "read", done: total, total });

  // Uniqueness against what the database already holds, in large batches.
  const devs = [...seenDev.keys()];
  const idNumbers = [...seenId.keys()];
  for (let i = 0; i < Math.max(devs.length, idNumbers.length); i += 5000) {
    const [takenDev, takenId] = await Promise.all([
      db.member.findMany({ where: { developmentNumber: { in: devs.slice(i, i + 5000) } }, select: { developmentNumber: true } }),
      idNumbers.length ? db.member.findMany({ where: { idNumber: { in: idNumbers.slice(i, i + 5000) } }, select: { idNumber: true } }) : [],
    ]);
    for (const t of takenDev) problems.push({ row: seenDev.get(t.developmentNumber)!, field: "developmentNumber", header: HEADER.get("developmentNumber")!, message: "v.devNumberTaken", value: t.developmentNumber });
    for (const t of takenId) problems.push({ row: seenId.get(t.idNumber!)!, field: "idNumber", header: HEADER.get("idNumber")!, message: "v.idTaken", value: t.idNumber! });
    progress({ phase: "check", done: Math.min(i + 5000, devs.length), total: devs.length });
  }
  if (problems.length || valid.length === 0) {
    if (!problems.length) throw new DomainError("BAD_INPUT", "import.empty", "file");
    problems.sort((a, b) => a.row - b.row);
    return { ok: false, problems, rows: total };
  }

  const CHUNK = 2000;
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < valid.length; i += CHUNK) {
        const chunk = valid.slice(i, i + CHUNK);
        const created = await tx.member.createManyAndReturn({
          data: chunk.map(({ input }) => ({
            ...memberData(input),
            countyId: county.id,
            recommendationStatus: input.recommendedOn ? ("PENDING" as const) : ("NONE" as const),
          })),
          select: { id: true, developmentNumber: true, name: true },
        });
        const audit: Prisma.AuditEntryCreateManyInput[] = created.map((m) => ({
          actorId: actor.id,
          action: "import",
          entity: "Member",
          entityId: m.id,
          countyId: county.id,
          after: { name: m.name, developmentNumber: m.developmentNumber },
        }));
        await tx.auditEntry.createMany({ data: audit });
        progress({ phase: "write", done: Math.min(i + CHUNK, valid.length), total: valid.length });
      }
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return { ok: true, created: valid.length };
}

/** The template: the header row and one example row. */
export async function memberTemplate(): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团员");
  sheet.columns = MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4), style: { numFmt: "@" } }));
  sheet.addRow(Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(1).font = { bold: true };
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
