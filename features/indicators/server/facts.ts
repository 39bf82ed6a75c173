import { createHash } from "node:crypto";
import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { periodBounds, periodLabel, type TPeriod } from "@/features/indicators/period";
import { INDICATOR_SETTING_KEYS, type TSettings } from "@/features/settings/settings";
import type { TActor } from "@/server/actor";
import { computeCountyFacts, type TCountyFacts } from "./engine";
import { settingsOfCounties } from "@/features/settings/server/settings";

/** The settings figures are computed under: the indicator group, as resolved for a province and year. */
export function indicatorSettings(settings: TSettings): Record<string, unknown> {
  return Object.fromEntries(INDICATOR_SETTING_KEYS.map((k) => [k, settings[k]]));
}

/**
 * A digest of the settings the figures are computed under (term lengths and team standards among
 * them). Kept figures carry it, with the settings themselves, so figures of other settings are
 * never shown as current.
 */
export function settingsDigest(settings: TSettings): string {
  return createHash("sha256").update(JSON.stringify(Object.entries(indicatorSettings(settings)).sort())).digest("hex").slice(0, 16);
}


type FactRow = { cid: string; version: string; changedAt: Date; factVersion: string | null; factSettings: string | null; payload: TCountyFacts | null };

/**
 * Folds the change rows of the given counties into their state rows. The county's version (state
 * plus rows) is the same before and after, so this only keeps the change table short; rows that
 * another reader is folding are skipped, and a failure changes nothing.
 */
async function foldChanges(db: Db, countyIds: string[]) {
  await db.$executeRaw`
    WITH gone AS (
      DELETE FROM "CountyChange" WHERE id IN (
        SELECT id FROM "CountyChange" WHERE "countyId" = ANY(${countyIds}::text[]) FOR UPDATE SKIP LOCKED)
      RETURNING "countyId", at),
    per AS (SELECT "countyId", count(*) AS n, max(at) AS at FROM gone GROUP BY "countyId")
    UPDATE "CountyState" s SET "dataVersion" = s."dataVersion" + per.n, "changedAt" = GREATEST(s."changedAt", per.at)
      FROM per WHERE s."countyId" = per."countyId"`.catch(() => 0);
}

/** Each county's data version (state plus change rows) and when its records last changed; alias s. */
const VERSION = Prisma.sql`(s."dataVersion" + COALESCE(c.n, 0))::text AS version, GREATEST(s."changedAt", c.at) AS "changedAt"`;
const CHANGES = Prisma.sql`LEFT JOIN LATERAL (SELECT count(*) AS n, max(x.at) AS at FROM "CountyChange" x WHERE x."countyId" = s."countyId") c ON true`;

/**
 * The kept figures of the given counties for a period: one indexed read when they are current;
 * counties whose records changed since (a row in CountyChange, written by the triggers of the
 * indicator_facts and trust migrations) or whose settings differ are recomputed together and kept
 * again. Exact at every moment: a kept figure is used only with the very version and settings it
 * was computed at.
 */
export async function keptCountyFacts(db: Db, countyIds: string[], period: TPeriod, opts: { asOf?: string; today?: Date } = {}) {
  const bounds = periodBounds(period, opts.today, opts.asOf);
  const key = bounds.key;
  const settingsOf = await settingsOfCounties(db, countyIds, period.year);
  const digestOf = new Map([...settingsOf].map(([cid, st]) => [cid, settingsDigest(st)]));
  const read = () => db.$queryRaw<FactRow[]>`
    SELECT s."countyId" AS cid, ${VERSION}, f."dataVersion"::text AS "factVersion", f."settingsHash" AS "factSettings", f.payload
      FROM "CountyState" s ${CHANGES}
      LEFT JOIN "IndicatorFact" f ON f."countyId" = s."countyId" AND f."periodKey" = ${key}
     WHERE s."countyId" = ANY(${countyIds}::text[])`;
  let rows = await read();
  if (rows.length < countyIds.length) {
    await db.$executeRaw`INSERT INTO "CountyState" ("countyId") SELECT unnest(${countyIds}::text[]) ON CONFLICT DO NOTHING`;
    rows = await read();
  }
  const facts = new Map<string, TCountyFacts>();
  const changedAt = new Map(rows.map((r) => [r.cid, r.changedAt]));
  const stale: string[] = [];
  for (const r of rows) {
    if (r.payload && r.factVersion === r.version && r.factSettings === digestOf.get(r.cid)) facts.set(r.cid, r.payload);
    else stale.push(r.cid);
  }
  if (stale.length) {
    await foldChanges(db, stale);
    // Versions and figures are read in one snapshot, so each figure is exactly that version's;
    // they are kept afterwards, outside it, never over a figure of a newer version.
    const { versions, computed } = await db.$transaction(
      async (tx) => {
        const versions = await tx.$queryRaw<{ cid: string; version: string; changedAt: Date }[]>`
          SELECT s."countyId" AS cid, ${VERSION} FROM "CountyState" s ${CHANGES} WHERE s."countyId" = ANY(${stale}::text[])`;
        // Counties of one province share their settings: computed together, a province at a time.
        const computed = new Map<string, TCountyFacts>();
        for (const digest of new Set(stale.map((cid) => digestOf.get(cid)))) {
          const group = stale.filter((cid) => digestOf.get(cid) === digest);
          for (const [cid, f] of await computeCountyFacts(tx, group, period, { ...opts, settings: settingsOf.get(group[0]!) })) computed.set(cid, f);
        }
        return { versions, computed };
      },
      { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
    );
    if (versions.length) {
      const payload = versions.map((v) => ({
        cid: v.cid,
        version: v.version,
        digest: digestOf.get(v.cid),
        settings: indicatorSettings(settingsOf.get(v.cid)!),
        payload: computed.get(v.cid)!,
      }));
      await db.$executeRaw`
        INSERT INTO "IndicatorFact" ("countyId", "periodKey", "dataVersion", "settingsHash", "settingsUsed", payload)
        SELECT x.cid, ${key}, x.version::bigint, x.digest, x.settings, x.payload
          FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(cid text, version text, digest text, settings jsonb, payload jsonb)
        ON CONFLICT ("countyId", "periodKey") DO UPDATE
           SET "dataVersion" = EXCLUDED."dataVersion", "settingsHash" = EXCLUDED."settingsHash", "settingsUsed" = EXCLUDED."settingsUsed",
               payload = EXCLUDED.payload, "computedAt" = now()
         WHERE "IndicatorFact"."dataVersion" <= EXCLUDED."dataVersion"`;
    }
    if (bounds.running) {
      // A running period is kept under today's date; the figures of its earlier days are done with.
      await db.$executeRaw`DELETE FROM "IndicatorFact" WHERE "countyId" = ANY(${stale}::text[])
                             AND "periodKey" LIKE ${periodLabel(period) + "@%"} AND "periodKey" < ${key}`;
    }
    for (const v of versions) changedAt.set(v.cid, v.changedAt);
    for (const [cid, f] of computed) facts.set(cid, f);
  }
  return { facts, changedAt };
}

/**
 * One county's figures as the actor may see them: the kept whole-county figures when their scope
 * covers the county, else computed live for their part of it (a township cadre's township), with
 * that part's own statistics.
 */
export async function countyFactsFor(db: Db, actor: TActor, county: { id: string; path: string }, period: TPeriod, asOf?: string): Promise<TCountyFacts> {
  if (county.path.startsWith(actor.scopePath)) {
    return (await keptCountyFacts(db, [county.id], period, { asOf })).facts.get(county.id)!;
  }
  const scope = { path: actor.scopePath, regionId: actor.regionId, regionName: actor.regionName };
  return (await computeCountyFacts(db, [county.id], period, { scope, asOf })).get(county.id)!;
}
