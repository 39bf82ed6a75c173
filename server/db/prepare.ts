import { seedDemo } from "../../prisma/seed";
import { markDatabase } from "../auth/demo";
import { createDb } from "../db";
import { applyMigrations } from "./schema-engine";

/**
 * Brings a database up to date and, when asked, fills it with the demo data if it has no accounts
 * yet. The first preparation marks the database as a demo one or not (`markDemo`, by default
 * whether it gets demo data); only a demo database accepts the demo password. Every caller says
 * which it wants: no script marks a database as a demo one by default.
 */
export async function prepareDatabase(url: string, log: (m: string) => void, options: { demo: boolean; markDemo?: boolean }) {
  const applied = await applyMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(url);
  try {
    await markDatabase(db, options.markDemo ?? options.demo);
    if (options.demo) await seedDemo(db, log);
  } finally {
    await db.$disconnect();
  }
}
