/**
 * `npm run bench:rosters`: prints the time to import 30,000 members from one .xlsx file and the
 * p50/p95 of a filtered, paginated member list over the resulting ~33,000-member county.
 * Uses DATABASE_URL when set (a throwaway database), otherwise an embedded one in memory.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { MEMBER_COLUMNS } from "../lib/import/member-columns";
import { idCheckChar } from "../lib/validation/identity";
import { createDb } from "../server/db";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { prepareDatabase } from "../server/db/prepare";
import { loadActor } from "../server/services/actor";
import { importMembers } from "../server/services/member-import";
import { listMembers } from "../server/services/members";

const ROWS = Number(process.env.BENCH_ROWS ?? 30_000);
const LIST_RUNS = 200;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  if (embedded) process.env.DATABASE_POOL_MAX = "1"; // see server/db.ts
  const url = process.env.DATABASE_URL ?? embedded!.url;
  console.log(`database: ${embedded ? "embedded PGlite (in memory)" : "DATABASE_URL"}`);
  await prepareDatabase(url, () => {});
  const db = createDb(url);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { username: "county-xinzheng" } });
    const actor = (await loadActor(db, user.id))!;
    const orgs = await db.organisation.findMany({ where: { countyId: "r410184", type: "BRANCH" }, select: { name: true } });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("团员");
    sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
    const categories = ["初中", "高中", "中职", "社会"];
    for (let i = 0; i < ROWS; i++) {
      // A distinct (birth date, sequence) pair per row keeps every ID number unique.
      const birth = new Date(Date.UTC(2000, 0, 1 + (i % 2000))).toISOString().slice(0, 10);
      const body = `419999${birth.replace(/-/g, "")}${String(Math.floor(i / 2000)).padStart(3, "0")}`;
      const values: Record<string, string> = {
        name: `压测${i}`,
        gender: i % 2 ? "男" : "女",
        birthDate: birth,
        idNumber: i % 3 === 0 ? body + idCheckChar(body) : "",
        developmentNumber: `2024${String(90_000_000 + i)}`.slice(0, 12),
        joinedOn: "2024-05-04",
        category: categories[i % 4]!,
        organisationId: orgs[i % orgs.length]!.name,
        archiveCertified: "是",
        registeredYear: "2025",
        holdsPost: "否",
      };
      sheet.addRow(MEMBER_COLUMNS.map((c) => values[c.key] ?? ""));
    }
    const file = (await book.xlsx.writeBuffer()) as ArrayBuffer;
    console.log(`file: ${ROWS} rows, ${(file.byteLength / 1024 / 1024).toFixed(1)} MiB`);

    const t0 = performance.now();
    const result = await importMembers(db, actor, "410184", file);
    const importSeconds = (performance.now() - t0) / 1000;
    if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    console.log(`import: ${result.created} members in ${importSeconds.toFixed(1)} s (target < 60 s)`);

    const total = await db.member.count({ where: { countyId: "r410184" } });
    const times: number[] = [];
    const filters = [{}, { category: "SOCIAL" as const }, { q: "压测1" }, { joinedYear: 2024 }, { category: "JUNIOR_HIGH" as const, joinedYear: 2024 }];
    for (let i = 0; i < LIST_RUNS; i++) {
      const t = performance.now();
      await listMembers(db, actor, { countyCode: "410184", page: 1 + (i % 50), pageSize: 20, ...filters[i % filters.length] });
      times.push(performance.now() - t);
    }
    console.log(`member list over ${total} members, ${LIST_RUNS} filtered pages: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (target p95 < 50 ms)`);
  } finally {
    await db.$disconnect();
    await embedded?.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
