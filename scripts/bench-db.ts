import { loadActor } from "../server/actor";
import { createDb, type Db } from "../server/db";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { prepareDatabase } from "../server/db/prepare";

/**
 * The database a benchmark runs on, with the demo data: DATABASE_URL when set (a throwaway
 * database), otherwise an embedded one in memory with its one connection. `close` ends both.
 */
export async function benchDatabase() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  if (embedded) process.env.DATABASE_POOL_MAX = "1"; // see server/db.ts
  const url = process.env.DATABASE_URL ?? embedded!.url;
  console.log(`database: ${embedded ? "embedded PGlite (in memory)" : "DATABASE_URL"}`);
  await prepareDatabase(url, () => {}, { demo: true });
  const db = createDb(url);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await embedded?.close();
    },
  };
}

/** A demo account as the procedures see it. */
export async function actorOf(db: Db, username: string) {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return { user, actor: (await loadActor(db, user.id))! };
}
