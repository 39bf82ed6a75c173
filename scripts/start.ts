/**
 * `npm start`: serves Tuanjian on PORT (3000). With DATABASE_URL it uses that PostgreSQL;
 * without, an embedded PostgreSQL kept in `.data/pg`, migrated and filled with the demo data on
 * first start and closed cleanly on exit. Builds the app first when no current build exists.
 * `--dev` runs the development server instead.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded";
import { prepareDatabase } from "../server/db/prepare";

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

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const id = path.resolve(".next/BUILD_ID");
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return ["app", "components", "lib", "server"].every(
    (d) => !existsSync(d) || newestSource(path.resolve(d)) < built,
  );
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
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child?.kill("SIGTERM");
    await embedded?.close();
    process.exit(code);
  };
  let child: ReturnType<typeof spawn> | undefined;
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await prepareDatabase(url, log);
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
  };
  const next = path.resolve("node_modules/next/dist/bin/next");
  if (!dev && !buildIsCurrent()) {
    log("Building the app (first start, or the sources changed)…");
    const built = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
    if (built.status !== 0) return stop(built.status ?? 1);
  }
  child = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
  log(`Serving on http://localhost:${port}`);
  child.on("exit", (code) => void stop(code ?? 0));
}

void main();
