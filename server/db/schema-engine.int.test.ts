import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";
import { SCHEMA_PATH, applyMigrations, migrationDrift } from "./schema-engine";

describe("migrations", () => {
  it("schema.prisma and the migrations agree (drift check)", async () => {
    expect(await migrationDrift()).toBe("");
  });

  it("the drift check catches a field added to the schema without a migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace(/model Organisation \{/, "model Organisation {\n  motto String?");
    const dir = await mkdtemp(path.join(tmpdir(), "tj-drift-"));
    const file = path.join(dir, "schema.prisma");
    await writeFile(file, changed);
    const sql = await migrationDrift(file);
    expect(sql).toContain('ALTER TABLE "Organisation" ADD COLUMN');
    expect(sql).toContain('"motto"');
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
