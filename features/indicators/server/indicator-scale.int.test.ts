/**
 * The kept figures behind `dashboard.compare` against plain GROUP BY over the raw tables, on a
 * generated province of several counties, before and after a batch of edits of every kind.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { generateProvince } from "@/prisma/seed-scale";
import { previousPeriod } from "@/features/indicators/period";
import { callerFor, testDb, unique } from "@/server/test/helpers";
import { computeCountyFacts } from "./engine";
import { addDays, todayInBeijing, yearInBeijing } from "@/lib/time";

let PROVINCE = "";
const PERIOD = { year: 2025 };
let countyIds: string[] = [];

beforeAll(async () => {
  const db = testDb();
  // A province code not yet used in this database, so the file can run again on the same one.
  const used = new Set((await db.region.findMany({ where: { level: "PROVINCE" }, select: { code: true } })).map((r) => r.code));
  PROVINCE = ["980000", "970000", "960000", "950000", "940000", "930000", "920000", "910000"].find((c) => !used.has(c)) ?? "";
  if (!PROVINCE) throw new Error("Every generated province code is taken: use a fresh test database.");
  await generateProvince(db, { provinceCode: PROVINCE, counties: 6, size: { townships: 4, villagesPerTownship: 6, unitOrgs: 60, schools: 3, members: 1500 } });
  countyIds = (await db.region.findMany({ where: { level: "COUNTY", path: { startsWith: `000000/${PROVINCE}/` } }, orderBy: { code: "asc" }, select: { id: true } })).map((c) => c.id);
}, 120_000);

type TCmp = Awaited<ReturnType<Awaited<ReturnType<typeof callerFor>>["dashboard"]["compare"]>>;
const parts = (v: { numerator: number; denominator: number; value: number | null } | null | undefined) => (v ? [v.numerator, v.denominator, v.value] : null);

async function compareAll(): Promise<TCmp> {
  return (await callerFor("admin")).dashboard.compare({ prefectureCode: PROVINCE, period: PERIOD, indicators: [] });
}

/** Every value of the comparison, this period and the previous one, equals the raw computation. */
async function expectEqualToRaw(cmp: TCmp) {
  const db = testDb();
  const ids = countyIds;
  const [now, before] = await Promise.all([computeCountyFacts(db, ids, PERIOD), computeCountyFacts(db, ids, previousPeriod(PERIOD))]);
  expect(cmp.counties).toHaveLength(ids.length);
  for (const row of cmp.counties) {
    const id = `r${row.county.code}`;
    for (const i of row.indicators) {
      expect(parts(i), `${row.county.code} ${i.code}`).toEqual(parts(now.get(id)!.indicators.find((x) => x.code === i.code)));
      expect(parts(i.previous), `${row.county.code} ${i.code} previous`).toEqual(parts(before.get(id)!.indicators.find((x) => x.code === i.code)));
    }
  }
}

/** A few indicators by hand-written GROUP BY, independent of the indicator code. */
async function expectPlainGroupBy(cmp: TCmp) {
  const db = testDb();
  const m1 = await db.$queryRaw<{ cid: string; n: bigint }[]>`
    SELECT "countyId" AS cid, count(*) AS n FROM "Member"
     WHERE "countyId" = ANY(${countyIds}::text[]) AND "joinedOn" >= DATE '2025-01-01' AND "joinedOn" < DATE '2026-01-01'
     GROUP BY "countyId"`;
  const c1 = await db.$queryRaw<{ cid: string; covered: bigint; units: bigint }[]>`
    SELECT r."countyId" AS cid, count(DISTINCT r.id) FILTER (WHERE o.id IS NOT NULL) AS covered, count(DISTINCT r.id) AS units
      FROM "Region" r LEFT JOIN "Organisation" o ON o."regionId" = r.id AND o.status IN ('ACTIVE', 'RECTIFYING') AND (o."foundedOn" IS NULL OR o."foundedOn" <= DATE '2025-12-31')
     WHERE r."countyId" = ANY(${countyIds}::text[]) AND r.level IN ('VILLAGE', 'COMMUNITY')
     GROUP BY r."countyId"`;
  const m2 = await db.$queryRaw<{ cid: string; archived: bigint }[]>`
    SELECT "countyId" AS cid, count(*) AS archived FROM "Member"
     WHERE "countyId" = ANY(${countyIds}::text[]) AND "archiveCertifiedOn" <= DATE '2025-12-31' AND "joinedOn" >= DATE '2025-01-01' AND "joinedOn" < DATE '2026-01-01'
     GROUP BY "countyId"`;
  for (const row of cmp.counties) {
    const id = `r${row.county.code}`;
    const get = (code: string) => row.indicators.find((i) => i.code === code)!;
    expect(get("M1").numerator).toBe(Number(m1.find((x) => x.cid === id)?.n ?? 0));
    expect(get("M2").numerator).toBe(Number(m2.find((x) => x.cid === id)?.archived ?? 0));
    const c = c1.find((x) => x.cid === id)!;
    expect([get("C1").numerator, get("C1").denominator]).toEqual([Number(c.covered), Number(c.units)]);
  }
}

describe("dashboard.compare on a generated province", () => {
  it("equals the plain GROUP BY over the raw tables", async () => {
    const cmp = await compareAll();
    await expectEqualToRaw(cmp);
    await expectPlainGroupBy(cmp);
    // The second comparison is read from the kept figures: nothing is recomputed.
    const db = testDb();
    const stamp = await db.indicatorFact.findMany({ where: { countyId: { in: countyIds } }, select: { countyId: true, periodKey: true, computedAt: true } });
    expect(stamp.length).toBeGreaterThanOrEqual(countyIds.length * 2);
    await compareAll();
    const again = await db.indicatorFact.findMany({ where: { countyId: { in: countyIds } }, select: { countyId: true, periodKey: true, computedAt: true } });
    expect(again).toEqual(expect.arrayContaining(stamp));
  });

  it("still equals it after a batch of edits of every kind, and only the edited counties change", async () => {
    const db = testDb();
    const admin = await callerFor("admin");
    const before = await compareAll();
    // A branch set up by form in a village that had none, in county a.
    const village = await db.region.findFirstOrThrow({
      where: { countyId: { in: countyIds }, level: { in: ["VILLAGE", "COMMUNITY"] }, organisations: { none: {} } },
      orderBy: { code: "asc" },
      select: { id: true, countyId: true },
    });
    const a = village.countyId!;
    const [b, c, d, e, untouched] = countyIds.filter((id) => id !== a) as [string, string, string, string, string];
    await admin.org.create({ name: unique("新建团支部"), type: "BRANCH", domain: "RURAL", setupMode: null, regionId: village.id, parentId: null, foundedOn: "2025-03-01", termStartedOn: "2025-03-01", note: "", quota: null });
    // Bulk changes straight in the database, as an import or a script would make them.
    await db.$executeRaw`UPDATE "Member" SET "archiveCertifiedOn" = NULL WHERE "countyId" = ${b} AND "joinedOn" >= DATE '2025-01-01' AND "archiveCertifiedOn" IS NOT NULL`;
    await db.$executeRaw`UPDATE "Organisation" SET status = 'DISSOLVED' WHERE id IN (SELECT id FROM "Organisation" WHERE "countyId" = ${c} AND type = 'BRANCH' AND domain = 'RURAL' ORDER BY id LIMIT 3)`;
    await db.$executeRaw`UPDATE "CadrePosition" SET "endedOn" = DATE '2025-06-01' WHERE id IN (SELECT p.id FROM "CadrePosition" p JOIN "Organisation" o ON o.id = p."organisationId" AND o.type = 'BRANCH' AND o.domain IN ('RURAL', 'COMMUNITY')
                                                                 WHERE p."countyId" = ${d} AND p.post = 'SECRETARY' ORDER BY p.id LIMIT 4)`;
    await db.$executeRaw`UPDATE "RegionStat" SET "newPartyMembersUnder28" = "newPartyMembersUnder28" + 5 WHERE "regionId" = ${e} AND year = 2025`;
    await db.$executeRaw`DELETE FROM "YouthHome" WHERE id IN (SELECT id FROM "YouthHome" WHERE "countyId" = ${e} ORDER BY id LIMIT 1)`;

    const after = await compareAll();
    await expectEqualToRaw(after);
    await expectPlainGroupBy(after);
    const byCode = (cmp: TCmp, id: string, code: string) => cmp.counties.find((x) => `r${x.county.code}` === id)!.indicators.find((i) => i.code === code)!;
    expect(byCode(after, a, "C1").numerator).toBe(byCode(before, a, "C1").numerator + 1);
    expect(byCode(after, b, "M2").numerator).toBe(0);
    expect(byCode(after, c, "C4").numerator).toBeLessThan(byCode(before, c, "C4").numerator);
    expect(byCode(after, d, "S6").denominator).toBe(byCode(before, d, "S6").denominator - 4);
    expect(byCode(after, e, "P1").denominator).toBe(byCode(before, e, "P1").denominator + 5);
    const changed = (cmp: TCmp, id: string) => cmp.counties.find((x) => `r${x.county.code}` === id)!.changedAt;
    expect(changed(after, untouched)).toBe(changed(before, untouched));
    for (const id of [a, b, c, d, e]) expect(changed(after, id)).not.toBe(changed(before, id));

    // Kept figures computed under other settings are never shown as current: they are computed
    // again (here the untouched county's figures are marked as computed under other settings).
    await db.indicatorFact.updateMany({ where: { countyId: untouched }, data: { settingsHash: "other-settings" } });
    const computed = async () => (await db.indicatorFact.findMany({ where: { countyId: untouched }, select: { computedAt: true } })).map((f) => f.computedAt.getTime());
    const stampBefore = Math.max(...(await computed()));
    await expectEqualToRaw(await compareAll());
    expect(Math.min(...(await computed()))).toBeGreaterThan(stampBefore);
    expect((await db.indicatorFact.findMany({ where: { countyId: untouched }, select: { settingsHash: true } })).every((f) => f.settingsHash !== "other-settings")).toBe(true);
  });
});

describe("figures as of a date", () => {
  it("a branch dissolved today still counts in last year's figures, and no longer in this year's", async () => {
    const db = testDb();
    const admin = await callerFor("admin");
    const org = await db.organisation.findFirstOrThrow({
      where: { countyId: { in: countyIds }, type: "BRANCH", domain: "RURAL", status: "ACTIVE", region: { level: "VILLAGE", organisations: { every: { type: "BRANCH" } } } },
      orderBy: { id: "asc" },
      select: { id: true, version: true, countyId: true, regionId: true },
    });
    expect(await db.organisation.count({ where: { regionId: org.regionId, status: { in: ["ACTIVE", "RECTIFYING"] } } })).toBe(1);
    const thisYear = { year: yearInBeijing() };
    const lastYear = { year: thisYear.year - 1 };
    const c1 = async (period: { year: number }) => {
      const cmp = await admin.dashboard.compare({ prefectureCode: PROVINCE, period, indicators: ["C1"] });
      return cmp.counties.find((x) => `r${x.county.code}` === org.countyId)!.indicators[0]!;
    };
    const [before, beforeLast] = [await c1(thisYear), await c1(lastYear)];
    await admin.org.setStatus({ id: org.id, version: org.version, status: "DISSOLVED", reason: "并入相邻村团支部" });
    const ended = await db.organisation.findUniqueOrThrow({ where: { id: org.id }, select: { endedOn: true } });
    expect(ended.endedOn?.toISOString().slice(0, 10)).toBe(todayInBeijing());
    expect((await c1(thisYear)).numerator).toBe(before.numerator - 1);
    expect((await c1(lastYear)).numerator).toBe(beforeLast.numerator);
    const raw = await computeCountyFacts(db, [org.countyId], lastYear);
    expect(raw.get(org.countyId)!.indicators.find((i) => i.code === "C1")!.numerator).toBe(beforeLast.numerator);
  });
});

describe("kept figures of a running period", () => {
  it("are kept under today's date; yesterday's are removed when today's are computed", async () => {
    const db = testDb();
    const id = countyIds[0]!;
    const year = yearInBeijing();
    const today = todayInBeijing();
    const yesterday = addDays(today, -1);
    await db.indicatorFact.upsert({
      where: { countyId_periodKey: { countyId: id, periodKey: `${year}@${yesterday}` } },
      create: { countyId: id, periodKey: `${year}@${yesterday}`, dataVersion: 0, payload: {} },
      update: { dataVersion: 0 },
    });
    await db.$executeRaw`UPDATE "Member" SET "archiveCertifiedOn" = "archiveCertifiedOn" WHERE id = (SELECT id FROM "Member" WHERE "countyId" = ${id} LIMIT 1)`;
    await (await callerFor("admin")).dashboard.compare({ prefectureCode: PROVINCE, period: { year }, indicators: ["C1"] });
    const keys = (await db.indicatorFact.findMany({ where: { countyId: id, periodKey: { startsWith: `${year}@` } }, select: { periodKey: true } })).map((k) => k.periodKey);
    expect(keys).toEqual([`${year}@${today}`]);
  });
});

describe("a deleted statistics row", () => {
  it("raises its county like any other change, so the funding standard follows it", async () => {
    const db = testDb();
    const id = countyIds[countyIds.length - 1]!;
    const before = await compareAll();
    const stat = await db.regionStat.findFirstOrThrow({ where: { countyId: id, regionId: { not: id }, year: 2025 }, orderBy: { id: "asc" }, select: { id: true } });
    await db.$executeRaw`DELETE FROM "RegionStat" WHERE id = ${stat.id}`;
    const after = await compareAll();
    await expectEqualToRaw(after);
    const row = (cmp: TCmp) => cmp.counties.find((x) => `r${x.county.code}` === id)!;
    expect(row(after).changedAt).not.toBe(row(before).changedAt);
  });
});
