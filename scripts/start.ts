/**
 * `npm start`: serves Tuanjian on PORT (3000). With DATABASE_URL it uses that PostgreSQL and
 * applies pending migrations; without, an embedded PostgreSQL kept in `.data/pg`, migrated and
 * filled with the demo data on first start and closed cleanly on exit. Builds the app first when no current build exists.
 * `--dev` runs the development server instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded";
import { prepareDatabase } from "../server/db/prepare";
import { buildIsCurrent } from "./build-state";

const dev = process.argv.includes("--dev");
const log = (m: string) => console.log(`[tuanjian] ${m}`);
const DATA = path.resolve(".data");

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA, { recursive: true });
  const file = path.join(DATA, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const port = process.env.PORT ?? "3000";
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.join(DATA, "pg");
    const first = !existsSync(dir);
    log(first ? "Creating the embedded database in .data/pg (first start only)…" : "Opening the embedded database in .data/pg…");
    mkdirSync(DATA, { recursive: true });
    embedded = await startEmbeddedPostgres(dir);
    url = embedded.url;
  }
  const running: { child?: ChildProcess; stopping?: boolean } = {};
  const stop = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    running.child?.kill("SIGTERM");
    // The data folder must be closed cleanly, or the next start hangs.
    await embedded?.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    // A real database gets the demo accounts only when asked (TUANJIAN_DEMO=1).
    await prepareDatabase(url, log, { demo: Boolean(embedded) || process.env.TUANJIAN_DEMO === "1" });
  } catch (e) {
    console.error(e);
    await stop(1);
  }
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: port,
    ...(embedded && { DATABASE_POOL_MAX: "1" }),
  };
  const next = path.resolve("node_modules/next/dist/bin/next");
  if (!dev && !buildIsCurrent()) {
    log("Building the app (first start, or the sources changed)…");
    // Asynchronous: the embedded database is served from this process's event loop.
    running.child = spawn(process.execPath, [next, "build"], { stdio: "inherit", env });
    const status = await new Promise<number>((resolve) => running.child?.on("exit", (c) => resolve(c ?? 1)));
    if (status !== 0) return stop(status);
  }
  running.child = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
  log(`Serving on http://localhost:${port}`);
  running.child.on("exit", (code) => void stop(code ?? 0));
}

void main();
