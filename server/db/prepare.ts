import { seedDemo } from "../../prisma/seed";
import { createDb } from "../db";
import { applyMigrations } from "./schema-engine";

/** Brings a database up to date and, when it has no accounts yet, fills it with the demo data. */
export async function prepareDatabase(url: string, log: (m: string) => void) {
  const applied = await applyMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(url);
  try {
    await seedDemo(db, log);
  } finally {
    await db.$disconnect();
  }
}
