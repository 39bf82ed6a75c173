import { seedDemo } from "../../prisma/seed";
import { createDb } from "../db";
import { applyMigrations } from "./schema-engine";

/**
 * Brings a database up to date and, unless told not to, fills it with the demo data when it has
 * no accounts yet.
 */
export async function prepareDatabase(url: string, log: (m: string) => void, options = { demo: true }) {
  const applied = await applyMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  if (!options.demo) return;
  const db = createDb(url);
  try {
    await seedDemo(db, log);
  } finally {
    await db.$disconnect();
  }
}
