import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** The password every demo account has; published in the README, so valid only in a demo database. */
export const DEMO_PASSWORD = "tuanjian-demo";

type TDb = PrismaClient | Prisma.TransactionClient;

/** Whether the database was marked as a demo database when it was first prepared. */
export async function isDemoDatabase(db: TDb): Promise<boolean> {
  const row = await db.databaseMeta.findUnique({ where: { id: 1 }, select: { demo: true } });
  return row?.demo === true;
}

/**
 * Marks the database once, when it is first prepared; later preparations never change the mark,
 * so a real database cannot become a demo one by a later start with TUANJIAN_DEMO=1.
 */
export async function markDatabase(db: TDb, demo: boolean): Promise<void> {
  await db.$executeRaw`INSERT INTO "DatabaseMeta" ("id", "demo") VALUES (1, ${demo}) ON CONFLICT ("id") DO NOTHING`;
}
