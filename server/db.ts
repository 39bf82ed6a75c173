import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { env } from "./env";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { tuanjianDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 8 }) });
}

/** The one Prisma client of the process; kept across hot reloads in development. */
export function db(): PrismaClient {
  globalForDb.tuanjianDb ??= createDb(env().DATABASE_URL);
  return globalForDb.tuanjianDb;
}
