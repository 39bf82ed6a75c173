/**
 * `npm run db:seed`: migrates DATABASE_URL and fills it with the demo data if it has none. With
 * TUANJIAN_DEMO=1 a database prepared here for the first time is marked as a demo database, the
 * only kind where the demo accounts' published password works.
 */
import { prepareDatabase } from "../server/db/prepare";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const demo = process.env.TUANJIAN_DEMO === "1";
if (!demo) console.log("TUANJIAN_DEMO is not 1: the database is not marked as a demo one, so the demo password will not sign in; set each account's password first.");
prepareDatabase(url, console.log, { demo: true, markDemo: demo }).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
