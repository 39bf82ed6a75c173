/**
 * `npm run bench:uploads`: what another signed-in user waits for while an upload is handled.
 * A second user (衡阳县's county committee) calls a simple procedure, the first page of its
 * organisation list through the tRPC caller, one call after another, while in the same process
 * (a) the largest import the settings allow runs (50,000 members into 新郑市, read, checked and
 * written), (b) a 100,000-row file is refused and (c) a zip bomb is refused (a few MB that
 * inflate to 1 GB, its zip directory claiming 2 KB). Prints the p50/p95/max of those calls
 * (target: p95 under 500 ms on PostgreSQL), the same when idle, how long the event loop was held
 * at most, how long each upload took and how far the process's memory grew meanwhile. Uses DATABASE_URL when set (a throwaway database), otherwise an
 * embedded one in memory.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { SETTING_DEFAULTS } from "../features/settings/settings";
import { actorOf, benchDatabase } from "./bench-db";
import { importMembers } from "../features/members/server/member-import";
import { createCaller } from "../server/trpc/root";
import { builtWorkbook } from "../server/test/xlsx-files";
import { MEMBER_COLUMNS } from "../features/members/import-columns";
import { membersWorkbook, percentile } from "./bench-workbook";
import { runScript } from "./run";

const ALLOWED_ROWS = Number(process.env.BENCH_ROWS ?? SETTING_DEFAULTS.uploadMaxRows);
const REFUSED_ROWS = 100_000;

async function main() {
  const { db, close } = await benchDatabase();
  try {
    const { actor } = await actorOf(db, "county-xinzheng");
    const other = await db.user.findUniqueOrThrow({ where: { username: "county-hengyang" } });
    const caller = createCaller({ db, session: { userId: other.id } });
    const page = () => caller.org.list({ countyCode: "430421", page: 1, pageSize: 20 });

    const branches = await db.organisation.findMany({ where: { countyId: "r410184", type: "BRANCH", status: "ACTIVE" }, select: { name: true }, take: 200 });
    // Development numbers from offset on, ID numbers by offset % 9000: both differ from run to run.
    const offset = Math.floor(Math.random() * 800) * 110_000 + Math.floor(Math.random() * 9000);
    const allowed = await membersWorkbook(ALLOWED_ROWS, branches.map((b) => b.name), offset);
    const tooMany = await membersWorkbook(REFUSED_ROWS, branches.map((b) => b.name), offset + ALLOWED_ROWS);
    const bomb = await builtWorkbook(MEMBER_COLUMNS.map((c) => c.header), [], { padding: 1024, declared: 2048 });
    const mb = (f: ArrayBuffer) => (f.byteLength / 1024 / 1024).toFixed(1);
    console.log(`files: ${ALLOWED_ROWS} rows (${mb(allowed)} MiB), ${REFUSED_ROWS} rows (${mb(tooMany)} MiB), zip bomb (${mb(bomb)} MiB); limits: the settings' defaults`);

    /** Calls the page back to back while `work` runs; returns their timings and the event loop's longest stall. */
    async function during(work: () => Promise<string>) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const rss0 = process.memoryUsage().rss;
      let rss = rss0;
      const times: number[] = [];
      let running = true;
      const t0 = performance.now();
      const done = work().finally(() => (running = false));
      while (running) {
        const t = performance.now();
        await page();
        times.push(performance.now() - t);
        rss = Math.max(rss, process.memoryUsage().rss);
        await new Promise((r) => setTimeout(r, 20));
      }
      const outcome = await done;
      loop.disable();
      return { times, outcome, seconds: (performance.now() - t0) / 1000, stall: loop.max / 1e6, grew: (rss - rss0) / 1024 / 1024 };
    }
    const line = (label: string, r: { times: number[]; stall: number; grew: number }) =>
      console.log(
        `${label}: ${r.times.length} calls, p50 ${percentile(r.times, 50).toFixed(0)} ms, p95 ${percentile(r.times, 95).toFixed(0)} ms, max ${Math.max(...r.times).toFixed(0)} ms; event loop held at most ${r.stall.toFixed(0)} ms; memory grew by at most ${r.grew.toFixed(0)} MiB`,
      );

    for (let i = 0; i < 20; i++) await page(); // warm up
    const idle = await during(() => new Promise((r) => setTimeout(() => r("idle"), 3000)));
    line("second user, idle", idle);

    const a = await during(async () => {
      const result = await importMembers(db, actor, "410184", allowed);
      if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
      return `${result.created} members written`;
    });
    console.log(`(a) largest allowed import: ${a.outcome} in ${a.seconds.toFixed(1)} s`);
    line("    second user meanwhile", a);

    const b = await during(async () => {
      try {
        await importMembers(db, actor, "410184", tooMany);
        return "ACCEPTED (should have been refused)";
      } catch (e) {
        return `refused with ${(e as Error).message}`;
      }
    });
    console.log(`(b) ${REFUSED_ROWS}-row file: ${b.outcome} in ${b.seconds.toFixed(1)} s`);
    line("    second user meanwhile", b);

    const c = await during(async () => {
      try {
        await importMembers(db, actor, "410184", bomb);
        return "ACCEPTED (should have been refused)";
      } catch (e) {
        return `refused with ${(e as Error).message}`;
      }
    });
    console.log(`(c) zip bomb: ${c.outcome} in ${c.seconds.toFixed(1)} s`);
    line("    second user meanwhile", c);
    console.log("target: p95 under 500 ms on PostgreSQL");
  } finally {
    await close();
  }
}

runScript(main);
