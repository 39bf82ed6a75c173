import ExcelJS from "exceljs";
import type { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { BOOL_NAMES, CATEGORY_NAMES, GENDER_NAMES, type TImportColumn } from "@/features/members/import-columns";
import { EDUCATION_NAMES, POST_NAMES, SOURCE_NAMES, STAFFING_NAMES } from "@/features/cadres/import-columns";
import { zh } from "@/lib/i18n/zh";
import type { TAction } from "@/lib/permissions";
import { assertCan, orgScope, type TActor } from "@/server/actor";
import { DomainError } from "@/server/errors";
import { findCountyForActor } from "@/features/regions/server/regions";
import { numberFromText } from "@/lib/schemas/common";
import { getSettings } from "@/features/settings/server/settings";
import { readWorkbookRows, uploadLimits, type TUploadLimits } from "./xlsx-rows";

export type TImportProblem = { row: number; field: string; header: string; message: string; value: string };
export type TImportProgress = { phase: "read" | "check" | "write"; done: number; total: number };
export type TImportResult = { ok: true; created: number } | { ok: false; problems: TImportProblem[]; rows: number };

/** What differs between rosters; the reading, checking and all-or-nothing writing is shared. */
export type TImportSpec<I> = {
  /** Who may import this roster (default: those who keep the people rosters). */
  action?: TAction;
  columns: TImportColumn[];
  required: string[];
  /** The same schema the form uses; `raw` has names already turned into ids and enum values. */
  schema: z.ZodType<I>;
  /** Fields that must be unique, in the file and against the database. */
  unique: { field: string; value: (input: I) => string | null; taken: (db: Db, values: string[]) => Promise<string[]>; message: string }[];
  write: (tx: Prisma.TransactionClient, rows: I[], countyId: string, actor: TActor) => Promise<void>;
  /** Extra lookups a roster needs (places by name, say), read once before the rows. */
  lookups?: (db: Db, county: { id: string }, actor: TActor) => Promise<(raw: Record<string, string>, input: Record<string, unknown>, problem: (field: string, message: string) => void) => void>;
};

/** The template's sheet that explains the columns and shows an example; never read as data. */
export const INSTRUCTIONS_SHEET = "填写说明";

/** Chinese labels of the message catalogue back to the values they name ("团支部" → BRANCH). */
function fromCatalogue(prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(zh).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [v, k.slice(prefix.length + 1)]));
}

const NAMES: Partial<Record<TImportColumn["kind"], Record<string, unknown>>> = {
  gender: GENDER_NAMES,
  category: CATEGORY_NAMES,
  bool: BOOL_NAMES,
  education: EDUCATION_NAMES,
  staffing: STAFFING_NAMES,
  source: SOURCE_NAMES,
  post: POST_NAMES,
  orgType: fromCatalogue("orgType"),
  domain: fromCatalogue("domain"),
  setup: fromCatalogue("setup"),
};

/** Rows a write statement carries; each chunk is a few short statements, so no query runs long. */
const WRITE_CHUNK = 1000;

/**
 * Imports a workbook into one county. Every row is checked with the same schema as the form,
 * plus uniqueness against the file and the database; one bad row means nothing is written and
 * every problem is reported. A clean file is written in one transaction with its audit.
 *
 * The file is read in a worker thread under the upload limits of the settings (size, rows, size
 * unpacked, time; `limits` overrides them), and its rows are checked here batch by batch as they
 * arrive, so neither a hostile file nor a large one holds up the requests of other users.
 */
export async function importWorkbook<I>(
  db: Db,
  actor: TActor,
  countyCode: string,
  file: ArrayBuffer,
  spec: TImportSpec<I>,
  progress: (p: TImportProgress) => void = () => {},
  limits?: Partial<TUploadLimits>,
): Promise<TImportResult> {
  assertCan(actor, spec.action ?? "editPeople");
  const county = await findCountyForActor(db, actor, countyCode);
  const within = { ...uploadLimits(await getSettings(db)), ...limits };
  const header = new Map(spec.columns.map((c) => [c.key, c.header]));

  const orgs = await db.organisation.findMany({
    where: { countyId: county.id, status: { in: ["ACTIVE", "RECTIFYING"] }, ...orgScope(actor) },
    select: { id: true, name: true },
  });
  const orgByName = new Map(orgs.map((o) => [o.name, o.id]));

  const resolve = spec.lookups ? await spec.lookups(db, county, actor) : undefined;
  const problems: TImportProblem[] = [];
  const valid: { row: number; input: I }[] = [];
  const seen = spec.unique.map(() => new Map<string, number>());

  const checkRow = (rowNumber: number, values: string[]) => {
    const raw: Record<string, string> = {};
    spec.columns.forEach((c, i) => (raw[c.key] = values[i] ?? ""));
    if (Object.values(raw).every((v) => v === "")) return;
    const problem = (field: string, message: string) =>
      problems.push({ row: rowNumber, field, header: header.get(field) ?? field, message, value: raw[field] ?? "" });
    // Templates handed out before the notes sheet existed carry the example in row 2.
    if (rowNumber === 2 && spec.columns.every((c) => raw[c.key] === c.example)) {
      problem(spec.columns[0]!.key, "import.exampleRow");
      return;
    }
    const input: Record<string, unknown> = { ...raw };
    const unknownOrg = new Set<string>();
    for (const c of spec.columns) {
      const v = raw[c.key] ?? "";
      const names = NAMES[c.kind];
      if (names) input[c.key] = v in names ? names[v] : v;
      // Numbers are typed as text in a sheet; the shared schemas take numbers only.
      if (c.kind === "year") input[c.key] = numberFromText(v);
      if (c.kind === "count") input[c.key] = v === "" ? 0 : numberFromText(v);
      if (c.kind === "organisation") {
        input[c.key] = orgByName.get(v) ?? "";
        if (v && !orgByName.has(v)) {
          unknownOrg.add(c.key);
          problem(c.key, "import.unknownOrg");
        }
      }
    }
    const reported = problems.length;
    resolve?.(raw, input, problem);
    for (const p of problems.slice(reported)) unknownOrg.add(p.field);
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      const fields = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path.at(-1) ?? "row");
        if (fields.has(field) || unknownOrg.has(field)) continue;
        fields.add(field);
        problem(field, issue.message);
      }
      return;
    }
    spec.unique.forEach((u, i) => {
      const value = u.value(parsed.data);
      if (!value) return;
      if (seen[i]!.has(value)) problem(u.field, "import.duplicateInFile");
      seen[i]!.set(value, rowNumber);
    });
    valid.push({ row: rowNumber, input: parsed.data });
  };

  let read = 0;
  const sheet = {
    headers: spec.columns.map((c) => c.header),
    required: spec.required.map((k) => spec.columns.findIndex((c) => c.key === k)),
    skipSheet: INSTRUCTIONS_SHEET,
  };
  // How many rows there are is known only once the worker has read them all.
  const total = await readWorkbookRows(file, sheet, within, (rows) => {
    for (const [rowNumber, values] of rows) checkRow(rowNumber, values);
    read += rows.length;
    progress({ phase: "read", done: read, total: read });
  });
  progress({ phase: "read", done: total, total });

  for (const [i, u] of spec.unique.entries()) {
    const values = [...seen[i]!.keys()];
    for (let k = 0; k < values.length; k += 5000) {
      for (const taken of await u.taken(db, values.slice(k, k + 5000))) {
        problems.push({ row: seen[i]!.get(taken)!, field: u.field, header: header.get(u.field) ?? u.field, message: u.message, value: taken });
      }
      progress({ phase: "check", done: Math.min(k + 5000, values.length), total: values.length });
    }
  }
  if (problems.length || valid.length === 0) {
    if (!problems.length) throw new DomainError("BAD_INPUT", "import.empty", "file");
    problems.sort((a, b) => a.row - b.row);
    return { ok: false, problems, rows: total };
  }

  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < valid.length; i += WRITE_CHUNK) {
        await spec.write(tx, valid.slice(i, i + WRITE_CHUNK).map((v) => v.input), county.id, actor);
        progress({ phase: "write", done: Math.min(i + WRITE_CHUNK, valid.length), total: valid.length });
        // Between chunks the event loop serves other requests before the next rows are encoded.
        await new Promise((r) => setImmediate(r));
      }
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return { ok: true, created: valid.length };
}

const KIND_NOTES: Partial<Record<TImportColumn["kind"], string>> = {
  date: "日期，格式 YYYY-MM-DD（如 2021-05-04），不晚于今天",
  year: "四位年份（如 2025）",
  count: "整数",
  bool: "填“是”或“否”；留空视为“否”",
  organisation: "团组织全称，须与本县团组织名册中的名称完全一致",
};

/** What the notes sheet says of a column: its format, rules and the values it accepts. */
function columnNote(c: TImportColumn): string {
  const names = c.kind === "bool" ? undefined : NAMES[c.kind];
  const parts = [KIND_NOTES[c.kind], names && `可填：${Object.keys(names).filter(Boolean).join("、")}`, c.note];
  return parts.filter(Boolean).join("；");
}

/**
 * A template: the data sheet holds the header row only, so whatever is typed below it is the
 * user's own data; the example and the notes on each column go to a sheet after it, which the
 * importer never reads.
 */
export async function importTemplate(columns: TImportColumn[], sheetName: string): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };

  const notes = book.addWorksheet(INSTRUCTIONS_SHEET);
  notes.columns = [{ width: 22 }, { width: 10 }, { width: 70 }, { width: 30 }];
  notes.addRow([`请在“${sheetName}”工作表中填写：第 1 行是列名，请勿改动；从第 2 行起每行一条记录。本表只作说明，导入时不读取。`]);
  notes.addRow([]);
  notes.addRow(["列名", "是否必填", "填写要求", "示例"]).font = { bold: true };
  for (const c of columns) notes.addRow([c.header, c.required ? "必填" : "选填", columnNote(c), c.example]);
  notes.getRow(1).font = { bold: true };
  notes.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

/**
 * Resolves the "township" and "village" columns of a row to a region of the county within the
 * actor's scope. An unknown place is reported once, beside the column the user filled in, and
 * the row gets a placeholder id so it is not reported again as a missing region (it is never
 * written, since the file then has a problem).
 */
export async function placeResolver(db: Db, countyId: string, actor: TActor, levels: ("TOWNSHIP" | "VILLAGE" | "COMMUNITY")[]) {
  const places = await db.region.findMany({
    where: { countyId, level: { in: levels }, path: { startsWith: actor.scopePath } },
    select: { id: true, name: true, level: true, parent: { select: { name: true } } },
  });
  const byKey = new Map(places.map((p) => [p.level === "TOWNSHIP" ? p.name : `${p.parent?.name}/${p.name}`, p.id]));
  return (raw: Record<string, string>, input: Record<string, unknown>, problem: (field: string, message: string) => void) => {
    const key = raw.village ? `${raw.township}/${raw.village}` : (raw.township ?? "");
    input.regionId = byKey.get(key) ?? (raw.township ? "unknown" : "");
    if (raw.township && !byKey.has(key)) problem(raw.village ? "village" : "township", "import.unknownPlace");
  };
}
