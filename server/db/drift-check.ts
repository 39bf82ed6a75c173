/**
 * The drift check (do schema.prisma and the migrations agree?) replays every migration into an
 * in-memory database and compares the result with the schema: tens of seconds. Its answer
 * depends on nothing but the schema, the migrations and the engine's version, so a check that
 * passes records their digest beside the schema (committed, like a test snapshot). While the
 * digest is unchanged the files are exactly the ones already found to agree, and the check is not
 * repeated; any change to them runs it again, and a disagreement fails whatever was recorded.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrationDrift, readMigrations } from "./schema-engine";

export const DRIFT_RECORD = path.resolve("prisma/migrations-checked.sha256");

async function engineVersion(): Promise<string> {
  // The package's `exports` map hides its package.json; read it beside the entry.
  const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
  return (JSON.parse(await readFile(path.join(path.dirname(entry), "package.json"), "utf8")) as { version: string }).version;
}

/** A digest of everything the drift check reads: the engine's version, the schema, the migrations. */
export async function driftDigest(schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR): Promise<string> {
  const hash = createHash("sha256");
  const add = (label: string, content: string) => hash.update(`${label}\0${content.length}\0${content}\0`);
  add("engine", await engineVersion());
  add("schema", await readFile(schemaPath, "utf8"));
  const migrations = await readMigrations(migrationsDir);
  add("lock", migrations.lockfile.content ?? "");
  for (const m of migrations.migrationDirectories) {
    const file = m.migrationFile.content;
    add(`migration ${m.path}`, file.tag === "ok" ? file.value : `unreadable: ${file.value}`);
  }
  return hash.digest("hex");
}

export type TDriftOptions = { schemaPath?: string; migrationsDir?: string; record?: string; write?: boolean };

/**
 * The drift SQL (empty when the schema and the migrations agree), computed only when the files
 * differ from the ones last found to agree. A passing check writes the record, except in CI,
 * which checks what was committed and leaves the tree as it found it.
 */
export async function migrationDriftSinceRecord(options: TDriftOptions = {}): Promise<{ sql: string; skipped: boolean }> {
  const { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR, record = DRIFT_RECORD, write = !process.env.CI } = options;
  const digest = await driftDigest(schemaPath, migrationsDir);
  const recorded = /^[0-9a-f]{64}$/m.exec(await readFile(record, "utf8").catch(() => ""))?.[0];
  if (recorded === digest) return { sql: "", skipped: true };
  const sql = await migrationDrift(schemaPath, migrationsDir);
  if (!sql && write) {
    const note = "# Digest of prisma/schema.prisma, prisma/migrations and the schema engine's version, written by\n# the drift check (server/db/drift-check.ts) when it found them to agree. Commit it with them.\n";
    await writeFile(record, `${note}${digest}\n`);
  }
  return { sql, skipped: false };
}
