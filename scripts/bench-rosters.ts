/**
 * `npm run bench:rosters`: prints the time to import 30,000 members from one .xlsx file and the
 * p50/p95 of a filtered, paginated member list over the resulting ~33,000-member county.
 * Uses DATABASE_URL when set (a throwaway database), otherwise an embedded one in memory.
 */
import { performance } from "node:perf_hooks";
import { actorOf, benchDatabase } from "./bench-db";
import { importMembers } from "../features/members/server/member-import";
import { listMembers } from "../features/members/server/member-list";
import { membersWorkbook, percentile as pct } from "./bench-workbook";

const ROWS = Number(process.env.BENCH_ROWS ?? 30_000);
const LIST_RUNS = 200;

async function main() {
  const { db, close } = await benchDatabase();
  try {
    const { actor } = await actorOf(db, "county-xinzheng");
    const orgs = await db.organisation.findMany({ where: { countyId: "r410184", type: "BRANCH" }, select: { name: true } });

    const file = await membersWorkbook(ROWS, orgs.map((o) => o.name), 80_000_000);
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
    await close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
