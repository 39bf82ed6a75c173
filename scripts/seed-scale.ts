/**
 * `npm run seed:scale -- --counties 100`: adds a generated province of that many counties (about
 * 1,550 organisations and 26,500 members each) to the PostgreSQL at DATABASE_URL, migrating it
 * and adding the demo data first when it is empty. Meant for a database of its own.
 */
import { createDb } from "../server/db";
import { prepareDatabase } from "../server/db/prepare";
import { SCALE_PROVINCE, generateProvince } from "../prisma/seed-scale";
import { runScript } from "./run";

function arg(name: string, fallback: number) {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} takes a whole number.`);
  return v;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database of its own (the generated province has millions of rows).");
  const counties = arg("counties", 100);
  await prepareDatabase(url, (m) => console.log(m), { demo: true });
  const db = createDb(url);
  const started = Date.now();
  console.log(`Generating province ${SCALE_PROVINCE} with ${counties} counties…`);
  await generateProvince(db, { provinceCode: SCALE_PROVINCE, counties, log: (m) => console.log(m) });
  const [orgs, members] = await Promise.all([
    db.organisation.count({ where: { id: { startsWith: "g" } } }),
    db.member.count({ where: { id: { startsWith: "gm" } } }),
  ]);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${orgs.toLocaleString()} organisations, ${members.toLocaleString()} members.`);
  await db.$disconnect();
}

runScript(main);
