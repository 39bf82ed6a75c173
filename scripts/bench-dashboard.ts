/**
 * `npm run bench:dashboard`: p50 and p95 of `dashboard.compare` over every county of the generated
 * province (see `npm run seed:scale`) and all indicators, against the same figures computed by
 * plain GROUP BY over the raw tables, and their ratio; then the same after edits in five counties.
 * Uses DATABASE_URL (a database filled by seed:scale).
 */
import { performance } from "node:perf_hooks";
import { createDb } from "../server/db";
import { computeCountyFacts } from "../features/indicators/server/engine";
import { createCaller } from "../server/trpc/root";
import { previousPeriod } from "../features/indicators/period";
import { SCALE_PROVINCE } from "../prisma/seed-scale";
import { runScript } from "./run";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const RAW_RUNS = Number(process.env.BENCH_RAW_RUNS ?? 5);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await f();
  return [performance.now() - t0, out];
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a database filled by `npm run seed:scale`.");
  const db = createDb(url);
  const province = await db.region.findUnique({ where: { code: SCALE_PROVINCE }, select: { path: true } });
  if (!province) throw new Error(`No generated province ${SCALE_PROVINCE}: run \`npm run seed:scale -- --counties 100\` first.`);
  const counties = await db.region.findMany({ where: { level: "COUNTY", path: { startsWith: province.path } }, select: { id: true } });
  const members = await db.member.count({ where: { countyId: { in: counties.map((c) => c.id) } } });
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
  const caller = createCaller({ db, session: { userId: admin.id } });
  const period = { year: Number(process.env.BENCH_YEAR ?? 2025) };
  const compare = () => caller.dashboard.compare({ prefectureCode: SCALE_PROVINCE, period, indicators: [] });
  console.log(`${counties.length} counties, ${members.toLocaleString()} members; period ${period.year}, all indicators, this period and the previous one`);

  const [cold] = await time(compare);
  console.log(`first comparison (computes and keeps every county's figures): ${ms(cold)}`);
  const kept: number[] = [];
  for (let i = 0; i < RUNS; i++) kept.push((await time(compare))[0]);

  const ids = counties.map((c) => c.id);
  const raw: number[] = [];
  for (let i = 0; i < RAW_RUNS; i++) {
    raw.push((await time(() => Promise.all([computeCountyFacts(db, ids, period), computeCountyFacts(db, ids, previousPeriod(period))])))[0]);
  }

  // Edits in five counties: each comparison after them recomputes only those five. The five move
  // on each round and wrap around, so a small province is edited every round too.
  const afterEdits: number[] = [];
  for (let i = 0; i < 10; i++) {
    const edited = Array.from({ length: Math.min(5, ids.length) }, (_, k) => ids[(i * 5 + k) % ids.length]!);
    // One member of each: the e-archive certified, or the certification withdrawn (M2 moves).
    await db.$executeRaw`UPDATE "Member" SET "archiveCertifiedOn" = CASE WHEN "archiveCertifiedOn" IS NULL THEN DATE '2025-03-01' END
                          WHERE id IN (SELECT DISTINCT ON ("countyId") id FROM "Member" WHERE "countyId" = ANY(${edited}::text[]) ORDER BY "countyId", id)`;
    afterEdits.push((await time(compare))[0]);
  }

  const p50 = pct(kept, 50), p95 = pct(kept, 95), r50 = pct(raw, 50), r95 = pct(raw, 95);
  console.log(`dashboard.compare (kept figures), ${RUNS} runs: p50 ${ms(p50)}, p95 ${ms(p95)}`);
  console.log(`plain GROUP BY over the raw tables, ${RAW_RUNS} runs: p50 ${ms(r50)}, p95 ${ms(r95)}`);
  console.log(`ratio: ${(r50 / p50).toFixed(0)}× at p50, ${(r95 / p95).toFixed(0)}× at p95`);
  console.log(`dashboard.compare right after edits in 5 counties, 10 runs: p50 ${ms(pct(afterEdits, 50))}, p95 ${ms(pct(afterEdits, 95))}`);
  await db.$disconnect();
}

runScript(main);
