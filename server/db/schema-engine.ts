/**
 * Prisma's schema engine, compiled to WebAssembly, driven through the `pg` driver adapter.
 * Migrations stay in Prisma's own folder format and `_prisma_migrations` table, so the ordinary
 * `prisma migrate deploy` could take over wherever its native engine can be installed.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { startEmbeddedPostgres } from "./embedded";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const NO_FILTER = { externalTables: [], externalEnums: [] };

type WasmModule = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm: (exports: unknown) => void;
};

let wasmModule: Promise<WasmModule> | undefined;

/** Node 20 cannot import the package's `.wasm` ES module, so instantiate it by hand. */
function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    // The package's `exports` map hides its files; resolve the entry and read beside it.
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue = (await import(
      pathToFileURL(path.join(dir, "schema_engine_bg.js")).href
    )) as WasmModule;
    // The engine reports a Rust panic's message through this global before it throws.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return wasmModule;
}

function pgConfig(url: string) {
  // Pass discrete fields: adapter-pg derives the shadow database by overriding `database`,
  // which a `connectionString` would silently win over.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
  };
}

type Io = { fields: { dataTypeID: number }[] };
type Raw = { columnTypes: number[] };
type Patchable = {
  performIO: (query: unknown) => Promise<Io>;
  queryRaw: (query: unknown) => Promise<Raw>;
  executeScript: (script: string) => Promise<void>;
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};
const PG_CHAR = 18;
const PG_TEXT = 25;

/**
 * The engine reads PostgreSQL's catalog, whose one-byte `"char"` columns adapter-pg 7.9 refuses
 * as unsupported. Read them as text on the wire and hand them to the engine typed as a
 * character, which is what it asks for.
 */
function adaptForEngine<T extends object>(adapter: T): T {
  const a = adapter as unknown as Patchable;
  const perform = a.performIO.bind(adapter);
  const queryRaw = a.queryRaw.bind(adapter);
  const charColumns = new WeakMap<object, number[]>();
  a.performIO = async (query) => {
    const result = await perform(query);
    const found: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        found.push(i);
      }
    });
    if (typeof query === "object" && query) charColumns.set(query, found);
    return result;
  };
  a.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const found = typeof query === "object" && query ? charColumns.get(query) : undefined;
    for (const i of found ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  // adapter-pg splits a migration script at every ";", which cuts function bodies ($$ … $$)
  // apart. PostgreSQL's simple query protocol takes the whole script at once, and runs it as one
  // implicit transaction, so a migration applies completely or not at all.
  a.executeScript = async (script) => {
    try {
      await a.client.query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

/**
 * The shadow database the engine replays migrations into is always a throwaway in-memory
 * PGlite, so creating or checking migrations needs no CREATE DATABASE right on the server.
 * When the main database is itself an empty throwaway (`mainIsShadow`), it serves as the shadow
 * too: starting a PGlite is the dearest part of a check.
 */
function adapterFactory(url: string, mainIsShadow = false) {
  const main = new PrismaPg(pgConfig(url));
  const factory = {
    provider: main.provider as "postgres",
    adapterName: main.adapterName,
    connect: async () => adaptForEngine(await main.connect()),
    connectToShadowDb: async () => {
      if (mainIsShadow) return adaptForEngine(await new PrismaPg(pgConfig(url)).connect());
      const shadow = await startEmbeddedPostgres();
      const adapter = adaptForEngine(await new PrismaPg(pgConfig(shadow.url)).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

export async function openEngine(url: string, log: (m: string) => void = () => {}, options: { mainIsShadow?: boolean } = {}) {
  const wasm = await loadWasm();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine: SchemaEngine = await wasm.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (message: string) => log(message),
    adapterFactory(url, options.mainIsShadow),
  );
  return { engine, schema };
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const folders: string[] = [];
  for (const name of entries.sort()) {
    if ((await stat(path.join(dir, name))).isDirectory()) folders.push(name);
  }
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (e: Error) => ({ tag: "error" as const, value: e.message }),
          ),
        },
      })),
    ),
  };
}

/** Applies every pending migration; returns the names applied (none when up to date). */
export async function applyMigrations(url: string): Promise<string[]> {
  const { engine } = await openEngine(url);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: NO_FILTER,
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that would bring the migrations up to the schema; empty when they agree. Runs against an
 * in-memory shadow database, so it never touches real data.
 */
export async function migrationDrift(schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR): Promise<string> {
  const shadow = await startEmbeddedPostgres();
  try {
    const { engine } = await openEngine(shadow.url, undefined, { mainIsShadow: true });
    try {
      const schema = await readFile(schemaPath, "utf8");
      const migrations = await readMigrations(migrationsDir);
      const out = await engine.diff({
        from: migrations.migrationDirectories.length
          ? { tag: "migrations", ...migrations }
          : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      });
      return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}
