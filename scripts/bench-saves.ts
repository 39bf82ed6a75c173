/**
 * `npm run bench:saves`: single-record saves in a county while a 30,000-member import runs in the
 * same county. Prints the import's time and the p50/p95/max of the saves made meanwhile (target:
 * p95 under 1 s on PostgreSQL), then checks that the county's kept figures equal the figures
 * computed from the raw rows. The import runs in a process of its own, as another user's request
 * would, so the figures show what the database makes the saves wait for. Uses DATABASE_URL (a
 * throwaway PostgreSQL database).
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createDb } from "../server/db";
import { prepareDatabase } from "../server/db/prepare";
import { loadActor } from "../server/actor";
import { computeCountyFacts } from "../features/indicators/server/engine";
import { keptCountyFacts } from "../features/indicators/server/facts";
import { importMembers } from "../features/members/server/member-import";
import { createMember } from "../features/members/server/members";
import { updateOrg } from "../features/orgs/server/orgs";
import { yearInBeijing } from "../lib/time";
import { membersWorkbook, percentile } from "./bench-workbook";
import { runScript } from "./run";

const ROWS = Number(process.env.BENCH_ROWS ?? 30_000);
const COUNTY = "r410184";

/** The import, in its own process: prints "writing" when it starts writing and "done <n> <seconds>" at the end. */
async function importOnly(url: string, offset: number) {
  const db = createDb(url);
  const user = await db.user.findUniqueOrThrow({ where: { username: "county-xinzheng" } });
  const actor = (await loadActor(db, user.id))!;
  const branches = await db.organisation.findMany({ where: { countyId: COUNTY, type: "BRANCH", status: "ACTIVE" }, select: { name: true }, take: 200 });
  const file = await membersWorkbook(ROWS, branches.map((b) => b.name), offset);
  const t0 = performance.now();
  let said = false;
  const result = await importMembers(db, actor, "410184", file, (p) => {
    if (p.phase !== "write" || said) return;
    said = true;
    console.log("writing");
  });
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  console.log(`done ${result.created} ${((performance.now() - t0) / 1000).toFixed(1)}`);
  await db.$disconnect();
}

async function main() {
  if (process.env.BENCH_IMPORT_OFFSET) return importOnly(process.env.DATABASE_URL!, Number(process.env.BENCH_IMPORT_OFFSET));
  if (!process.env.DATABASE_URL) throw new Error("bench:saves measures PostgreSQL: set DATABASE_URL to a throwaway database.");
  const url = process.env.DATABASE_URL;
  console.log("database: DATABASE_URL");
  await prepareDatabase(url, () => {}, { demo: true });
  const db = createDb(url);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { username: "county-xinzheng" } });
    const actor = (await loadActor(db, user.id))!;
    const branches = await db.organisation.findMany({ where: { countyId: COUNTY, type: "BRANCH", status: "ACTIVE" }, select: { id: true, name: true }, take: 200 });
    const run = Date.now() % 1_000_000;
    console.log(`import: ${ROWS} rows for 新郑市, in a process of its own`);
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, BENCH_IMPORT_OFFSET: String(40_000_000 + run * 37) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let importing = true;
    let writing = false;
    let report = "";
    child.stdout.on("data", (chunk: Buffer) => {
      report += chunk.toString();
      if (report.includes("writing")) writing = true;
    });
    const imported = new Promise<void>((resolve, reject) =>
      child.on("exit", (code) => {
        importing = false;
        if (code === 0) resolve();
        else reject(new Error(`the import process failed (${code})`));
      }),
    );
    // Saves are timed from the moment the import writes: its transaction holds its rows from then on.
    while (!writing && importing) await new Promise((r) => setTimeout(r, 50));
    const saves: number[] = [];
    let k = 0;
    const org = await db.organisation.findFirstOrThrow({ where: { countyId: COUNTY, type: "BRANCH", status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true } });
    while (importing) {
      const t = performance.now();
      if (k % 2 === 0) {
        const row = await db.organisation.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, type: true, domain: true, setupMode: true, regionId: true, parentId: true, foundedOn: true, termStartedOn: true, quota: true, version: true } });
        const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
        await updateOrg(db, actor, { ...row, id: org.id, foundedOn: day(row.foundedOn), termStartedOn: day(row.termStartedOn), note: `压测保存 ${k}` });
      } else {
        const dev = `2023${String(50_000_000 + ((run * 1000 + k) % 40_000_000)).padStart(8, "0")}`;
        await createMember(db, actor, {
          name: "保存压测", gender: "FEMALE", birthDate: "2005-01-01", idNumber: null, phone: null, developmentNumber: dev, joinedOn: "2023-05-04",
          category: "SOCIAL", organisationId: branches[k % branches.length]!.id, archiveCertifiedOn: null, holdsPost: false,
          partyAppliedOn: null, recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null,
        });
      }
      saves.push(performance.now() - t);
      k++;
    }
    await imported;
    const done = /done (\d+) ([\d.]+)/.exec(report);
    console.log(`import: ${done?.[1] ?? "?"} members in ${done?.[2] ?? "?"} s (reading, checking and writing)`);
    console.log(
      `single saves in the same county during the import: ${saves.length}, p50 ${percentile(saves, 50).toFixed(0)} ms, p95 ${percentile(saves, 95).toFixed(0)} ms, max ${Math.max(...saves).toFixed(0)} ms (target p95 < 1000 ms on PostgreSQL)`,
    );

    const period = { year: yearInBeijing() };
    const [kept, raw] = await Promise.all([keptCountyFacts(db, [COUNTY], period), computeCountyFacts(db, [COUNTY], period)]);
    const same = JSON.stringify(kept.facts.get(COUNTY)) === JSON.stringify(raw.get(COUNTY));
    console.log(`figures after the import and the saves: kept ${same ? "equal" : "DIFFER FROM"} the ones computed from the rows`);
    if (!same) throw new Error("kept figures differ from the raw computation");
  } finally {
    await db.$disconnect();
  }
}

runScript(main);
