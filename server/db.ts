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
  // No JIT on the app's connections: its queries are short, and once a county's members pass
  // PostgreSQL's cost threshold it spent 30-40 ms compiling each figure's query to save less than
  // that in running it. (The embedded database has no JIT and ignores the setting.)
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, options: "-c jit=off" }) });
}

/** The one Prisma client of the process; kept across hot reloads in development. */
export function db(): PrismaClient {
  globalForDb.tuanjianDb ??= createDb(env().DATABASE_URL);
  return globalForDb.tuanjianDb;
}
