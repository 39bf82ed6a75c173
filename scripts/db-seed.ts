/** `npm run db:seed`: migrates DATABASE_URL and fills it with the demo data if it has none. */
import { prepareDatabase } from "../server/db/prepare";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
prepareDatabase(url, console.log).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
