/**
 * `TUANJIAN_DEMO=1 npm run db:seed`: migrates DATABASE_URL, fills it with the demo data if it has
 * none, and marks a database prepared here for the first time as a demo database, the only kind
 * where the demo accounts' published password works. Without TUANJIAN_DEMO=1 it refuses: demo
 * accounts whose password works nowhere would only be clutter in a real database.
 */
import { prepareDatabase } from "../server/db/prepare";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
if (process.env.TUANJIAN_DEMO !== "1") {
  console.error("db:seed fills a database with demo data and marks it as a demo database: set TUANJIAN_DEMO=1 to confirm.");
  process.exit(1);
}
prepareDatabase(url, console.log, { demo: true, markDemo: true }).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
