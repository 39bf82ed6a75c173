/**
 * `npm test`: the whole suite. Unit and integration tests (vitest), a fuzz sample, then browser tests
 * (Playwright, phone and desktop) against a production build.
 *
 * Database: DATABASE_URL when set (it should be a throwaway database: the tests add rows),
 * otherwise an embedded PostgreSQL in memory, fresh every run. Browser: Playwright's own when
 * installed, else the system's Chromium, else one is installed and this says so.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded";
import { prepareDatabase } from "../server/db/prepare";
import { buildIsCurrent } from "./build-state";

const log = (m: string) => console.log(`\n[test] ${m}`);
const OUT = path.resolve(".data/test");
/**
 * The headless shell first: the browser without a window system, which Playwright itself runs
 * headless when it has its own. The full browser drawing offscreen costs about twice the CPU per
 * test (the browser phase took 10.9 minutes with it, 7.4 with the shell, on the same two cores).
 */
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const SYSTEM_CHROMIUM = [HEADLESS_SHELL, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Asynchronous on purpose: the embedded database is served from this process's event loop. With
 * `quiet`, the output is kept and printed in one piece when the command ends, for a command that
 * runs alongside another whose output it would otherwise cut into.
 */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, quiet?: { title: string }): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env });
    const output: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => output.push(b));
    child.stderr?.on("data", (b: Buffer) => output.push(b));
    const done = (code: number) => {
      if (quiet) log(`${quiet.title}:\n${Buffer.concat(output).toString("utf8")}`);
      resolve(code);
    };
    child.on("error", () => done(1));
    child.on("exit", (code) => done(code ?? 1));
  });
}

async function findBrowser(): Promise<string | undefined> {
  const { chromium } = await import("@playwright/test");
  if (existsSync(chromium.executablePath())) {
    log(`Browser: Playwright's Chromium (${chromium.executablePath()})`);
    return undefined;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) {
    log(`Browser: system Chromium at ${system}`);
    return system;
  }
  log("No browser found: installing one.");
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    log("Installing Debian's chromium-headless-shell package (apt-get)…");
    await run("apt-get", ["update", "-qq"], process.env);
    await run("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
    const installed = SYSTEM_CHROMIUM.find((p) => existsSync(p));
    if (installed) return installed;
  }
  log("Installing Playwright's Chromium (npx playwright install chromium)…");
  if ((await run("npx", ["playwright", "install", "chromium"], process.env)) === 0) return undefined;
  throw new Error("Could not find or install a Chromium for the browser tests.");
}

function counts() {
  const read = (f: string) => {
    try {
      return JSON.parse(readFileSync(path.join(OUT, f), "utf8")) as Record<string, unknown>;
    } catch {
      return null;
    }
  };
  type TVitest = { numPassedTests?: number; numFailedTests?: number } | null;
  const v = read("vitest.json") as TVitest;
  const f = read("fuzz.json") as TVitest;
  const p = read("playwright.json") as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  return {
    passed: (v?.numPassedTests ?? 0) + (f?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0) + (p?.stats?.flaky ?? 0),
    failed: (v?.numFailedTests ?? 0) + (f?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0),
  };
}

const minutes = (ms: number) => `${Math.floor(ms / 60_000)}m${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}s`;

async function main() {
  const started = Date.now();
  const phases: string[] = [];
  /** Runs one phase and keeps how long it took, for the summary at the end. */
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await f();
    } finally {
      phases.push(`${name} ${minutes(Date.now() - t)}`);
    }
  };
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log("Database: embedded PostgreSQL in memory");
    embedded = await startEmbeddedPostgres();
    url = embedded.url;
  } else {
    log("Database: DATABASE_URL");
  }
  // One connection per process, and one test process at a time, on the embedded database.
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", ...(embedded && { DATABASE_POOL_MAX: "1", TEST_WORKERS: "1" }) };
  let failed = false;
  try {
    // The production build for the browser tests goes on while the database is prepared and the
    // vitest run goes on: they share the cores better than each uses them alone (the tests wait
    // on the database, the build on files), and the build reads no database.
    let build: Promise<number> = Promise.resolve(0);
    if (!buildIsCurrent()) {
      log("Building the app for the browser tests (next build) alongside; its output follows when it is done.");
      build = timed("build", () => run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env, { title: "next build" }));
    }
    await prepareDatabase(url, (m) => log(m), { demo: true });

    const bin = (name: string) => path.resolve("node_modules/.bin", name);
    log("Unit and integration tests (vitest)");
    const vitest = await timed("vitest", () => run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(OUT, "vitest.json")}`], env));
    // Alone on the database: it tells a refused call's writes apart by the transactions begun meanwhile.
    log("Fuzz sample: malformed input to every procedure (vitest, a fixed seed)");
    const fuzz = await timed("fuzz", () => run(bin("vitest"), ["run", "--config", "vitest.fuzz.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(OUT, "fuzz.json")}`], env));

    const browser = await findBrowser();
    if ((await build) !== 0) throw new Error("next build failed");
    log("Browser tests (Playwright: desktop and phone)");
    const playwright = await timed("browser", () => run(bin("playwright"), ["test"], { ...env, ...(browser ? { E2E_CHROMIUM_PATH: browser } : {}) }));
    failed = vitest !== 0 || fuzz !== 0 || playwright !== 0;
  } catch (e) {
    console.error(e);
    failed = true;
  } finally {
    await embedded?.close();
  }
  const c = counts();
  console.log(`\n${c.passed} passed, ${c.failed} failed in ${minutes(Date.now() - started)} (${phases.join(", ")})`);
  process.exit(failed || c.failed > 0 || c.passed === 0 ? 1 : 0);
}

void main();
