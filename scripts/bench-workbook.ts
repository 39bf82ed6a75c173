import ExcelJS from "exceljs";
import { MEMBER_COLUMNS } from "../features/members/import-columns";
import { idCheckChar } from "../lib/validation/identity";

/**
 * A members workbook of `rows` rows for the benchmarks, spread over the given organisations. The
 * development numbers start at `offset`, so several runs on one database do not collide.
 */
export async function membersWorkbook(rows: number, organisations: string[], offset = 0): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团员");
  sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
  const categories = ["初中", "高中", "中职", "社会"];
  for (let i = 0; i < rows; i++) {
    // A distinct (birth date, sequence) pair per row keeps every ID number unique.
    const birth = new Date(Date.UTC(2000, 0, 1 + (i % 2000))).toISOString().slice(0, 10);
    const body = `41${String(9999 - (offset % 9000)).padStart(4, "0")}${birth.replace(/-/g, "")}${String(Math.floor(i / 2000)).padStart(3, "0")}`;
    const values: Record<string, string> = {
      name: `压测${i}`,
      gender: i % 2 ? "男" : "女",
      birthDate: birth,
      idNumber: i % 3 === 0 ? body + idCheckChar(body) : "",
      developmentNumber: `2024${String(10_000_000 + ((offset + i) % 90_000_000)).padStart(8, "0")}`,
      joinedOn: "2024-05-04",
      category: categories[i % 4]!,
      organisationId: organisations[i % organisations.length]!,
      archiveCertifiedOn: "2024-05-10",
      registeredYear: "2025",
      holdsPost: "否",
    };
    sheet.addRow(MEMBER_COLUMNS.map((c) => values[c.key] ?? ""));
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The p-th percentile of a list of timings. */
export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
