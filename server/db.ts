import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { env } from "./env";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { tuanjianDb?: PrismaClient };

/**
 * The embedded database serves every connection from one PGlite backend, and its socket server
 * can interleave the extended-protocol messages of concurrent connections. There the launchers
 * set DATABASE_POOL_MAX=1, so the process speaks over a single connection (PGlite executes one
 * query at a time anyway); a real PostgreSQL gets a pool.
 */
export function createDb(connectionString: string): PrismaClient {
  const max = Number(process.env.DATABASE_POOL_MAX) || 8;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

/** The one Prisma client of the process; kept across hot reloads in development. */
export function db(): PrismaClient {
  globalForDb.tuanjianDb ??= createDb(env().DATABASE_URL);
  return globalForDb.tuanjianDb;
}
