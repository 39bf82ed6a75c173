import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { driftDigest, migrationDriftSinceRecord } from "./drift-check";
import { startEmbeddedPostgres } from "./embedded";
import { MIGRATIONS_DIR, SCHEMA_PATH, applyMigrations } from "./schema-engine";

/** The schema with a field no migration adds. */
async function schemaWithoutMigration() {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const dir = await mkdtemp(path.join(tmpdir(), "tj-drift-"));
  const file = path.join(dir, "schema.prisma");
  await writeFile(file, schema.replace(/model Organisation \{/, "model Organisation {\n  motto String?"));
  return file;
}

// Loading the engine and replaying every migration in WebAssembly takes most of a minute on a busy
// two-core machine, more than the suite's default test timeout.
describe("migrations", { timeout: 180_000 }, () => {
  it("schema.prisma and the migrations agree (drift check; skipped while they are the files last found to agree)", async () => {
    expect((await migrationDriftSinceRecord()).sql).toBe("");
  });

  it("the drift check catches a field added to the schema without a migration, whatever was recorded", async () => {
    const { sql, skipped } = await migrationDriftSinceRecord({ schemaPath: await schemaWithoutMigration(), write: false });
    expect(skipped).toBe(false);
    expect(sql).toContain('ALTER TABLE "Organisation" ADD COLUMN');
    expect(sql).toContain('"motto"');
  });

  it("the recorded digest changes with the schema, with any migration and with a new one", async () => {
    const before = await driftDigest();
    expect(await driftDigest()).toBe(before);
    expect(await driftDigest(await schemaWithoutMigration())).not.toBe(before);
    const dir = await mkdtemp(path.join(tmpdir(), "tj-drift-"));
    const migrations = path.join(dir, "migrations");
    await cp(MIGRATIONS_DIR, migrations, { recursive: true });
    expect(await driftDigest(SCHEMA_PATH, migrations)).toBe(before);
    const [first] = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d/.test(name)).sort();
    const edited = path.join(migrations, first!, "migration.sql");
    await writeFile(edited, `${await readFile(edited, "utf8")}\nALTER TABLE "Organisation" ADD COLUMN "motto" TEXT;\n`);
    const afterEdit = await driftDigest(SCHEMA_PATH, migrations);
    expect(afterEdit).not.toBe(before);
    await cp(path.join(migrations, first!), path.join(migrations, "29991231000000_more"), { recursive: true });
    expect(await driftDigest(SCHEMA_PATH, migrations)).not.toBe(afterEdit);
  });

  it("apply on an empty database creates the schema and records it; a second run applies nothing", async () => {
    const db = await startEmbeddedPostgres();
    try {
      const first = await applyMigrations(db.url);
      expect(first.length).toBeGreaterThan(0);
      expect(await applyMigrations(db.url)).toEqual([]);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const rows = await client.query<{ migration_name: string; finished_at: Date | null }>(
        `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      await client.end();
      expect(rows.rows.map((r) => r.migration_name)).toEqual(first);
      expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["AuditEntry", "Organisation", "Region", "User", "_prisma_migrations"]),
      );
    } finally {
      await db.close();
    }
  });
});
