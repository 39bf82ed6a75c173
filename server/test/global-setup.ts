import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/prepare";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedPostgres | undefined;

/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL when set (CI makes a fresh one),
 * else an embedded one in memory. Either way migrated with the real migrations and seeded.
 */
export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres();
    url = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  await prepareDatabase(url, () => {}, { demo: true });
  project.provide("databaseUrl", url);
}

export async function teardown() {
  await embedded?.close();
}
