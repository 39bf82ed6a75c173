import type { z } from "zod";
import type { Db } from "@/server/db";
import { light, withThresholds, type TIndicatorDef, type TIndicatorKey } from "@/features/indicators/catalog";
import { monthsOf, periodBounds, periodLabel, previousPeriod, type TPeriod } from "@/features/indicators/period";
import { translator } from "@/lib/i18n";
import type { ZThresholdInput } from "@/features/indicators/schema";
import { assertCan, regionScope, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { notFound } from "@/server/errors";
import { funnelOf, indicatorOf, type TCountyFacts, type TIndicatorValue } from "./engine";
import { countyFactsFor, keptCountyFacts } from "./facts";
import { ratio } from "./indicators";
import { findCountyForActor } from "@/features/regions/server/regions";

type TParts = { numerator: number; denominator: number; value: number | null };
const parts = (v: TIndicatorValue | undefined): TParts | null => (v ? { numerator: v.numerator, denominator: v.denominator, value: v.value } : null);

/** The catalogue with the administrator's thresholds in place. */
export async function catalogDefs(db: Db): Promise<TIndicatorDef[]> {
  const rows = await db.indicatorThreshold.findMany();
  return withThresholds(rows);
}

/** `indicator.catalog`: every indicator as data, with its names and definition in both languages. */
export async function indicatorCatalog(db: Db) {
  const defs = await catalogDefs(db);
  const zh = translator("zh");
  const en = translator("en");
  const both = (key: `${TIndicatorKey}.${"name" | "def" | "num" | "den"}`) => ({ zh: zh(key), en: en(key) });
  return defs.map((d) => ({
    ...d,
    name: both(`${d.key}.name`),
    definition: both(`${d.key}.def`),
    numerator: both(`${d.key}.num`),
    /** Counts have no denominator (their value is the numerator). */
    denominator: d.unit !== "ratio" ? null : both(`${d.key}.den`),
  }));
}

/** An administrator sets an indicator's own target and thresholds; audited like every change. */
export async function saveThreshold(db: Db, actor: TActor, input: z.infer<typeof ZThresholdInput>) {
  assertCan(actor, "editSettings");
  return db.$transaction(async (tx) => {
    const before = await tx.indicatorThreshold.findUnique({ where: { code: input.code }, select: { target: true, green: true, amber: true } });
    const data = { target: input.target, green: input.green, amber: input.amber, updatedBy: actor.id };
    await tx.indicatorThreshold.upsert({ where: { code: input.code }, create: { code: input.code, ...data }, update: data });
    await writeAudit(tx, actor, { action: before ? "update" : "create", entity: "IndicatorThreshold", entityId: input.code, countyId: null, before, after: { target: input.target, green: input.green, amber: input.amber } });
    return { code: input.code };
  });
}

/**
 * Every catalogued indicator of one county for one period, each with its numerator and
 * denominator, its traffic light, and the same figures for the previous period and for the end
 * of the county's baseline year (before the reform).
 */
export async function countyDashboard(db: Db, actor: TActor, countyCode: string, period: TPeriod, asOf?: string) {
  const county = await findCountyForActor(db, actor, countyCode);
  const [state, defs] = await Promise.all([
    db.countyState.findUnique({ where: { countyId: county.id }, select: { baselineYear: true, changedAt: true } }),
    catalogDefs(db),
  ]);
  const prev = previousPeriod(period);
  const baselineYear = state?.baselineYear ?? null;
  const [now, before, base] = await Promise.all([
    countyFactsFor(db, actor, county, period, asOf),
    countyFactsFor(db, actor, county, prev),
    baselineYear ? countyFactsFor(db, actor, county, { year: baselineYear }) : Promise.resolve(null),
  ]);
  const byCode = new Map<string, TIndicatorDef>(defs.map((d) => [d.code, d]));
  return {
    county: { code: county.code, name: county.name, synthetic: county.synthetic },
    period: periodLabel(period),
    previousPeriod: periodLabel(prev),
    asOf: periodBounds(period, undefined, asOf).asOf,
    baselineYear,
    changedAt: state?.changedAt?.toISOString() ?? null,
    indicators: now.indicators.map((v) => ({
      ...v,
      light: light(byCode.get(v.code)!, v.value),
      target: byCode.get(v.code)?.target ?? null,
      previous: parts(indicatorOf(before, v.code)),
      baseline: parts(indicatorOf(base, v.code)),
    })),
    funnel: funnelOf(now),
  };
}

/** Month by month through a year, for the trend lines of a county. */
export async function countyTrend(db: Db, actor: TActor, countyCode: string, year: number) {
  const county = await findCountyForActor(db, actor, countyCode);
  const months = monthsOf(year);
  const series = await Promise.all(
    months.map(async (m) => {
      const f = await countyFactsFor(db, actor, county, m);
      return { period: periodLabel(m), indicators: f.indicators.map((i) => ({ code: i.code, ...parts(i)! })) };
    }),
  );
  return { county: { code: county.code, name: county.name }, year, series };
}

/**
 * The prefecture (or, for a province-wide view, the province) whose counties are compared: the
 * actor must see it whole or in part; only the counties in their scope are listed.
 */
async function comparedCounties(db: Db, actor: TActor, regionCode: string) {
  const region = await db.region.findFirst({
    where: { code: regionCode, level: { in: ["PREFECTURE", "PROVINCE"] }, ...regionScope(actor) },
    select: { id: true, code: true, name: true, path: true, level: true },
  });
  if (!region) throw notFound();
  const counties = await db.region.findMany({
    where: { level: "COUNTY", path: { startsWith: region.path }, AND: [regionScope(actor)] },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, synthetic: true },
  });
  return { region, counties };
}

/** Competition ranking (1, 2, 2, 4) by value, best first; counties without a value are unranked. */
export function rankValues(values: (number | null)[], higherIsBetter: boolean): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => (higherIsBetter ? b - a : a - b));
  return values.map((v) => (v === null ? null : sorted.indexOf(v) + 1));
}

/**
 * The counties of a prefecture side by side on the chosen indicators, ranked, with the rank they
 * held in the previous period and when each county's records last changed. Read from the kept
 * facts, so its cost follows the number of counties, not of records.
 */
export async function compareCounties(db: Db, actor: TActor, prefectureCode: string, period: TPeriod, codes: string[], asOf?: string) {
  const { region, counties } = await comparedCounties(db, actor, prefectureCode);
  const defs = await catalogDefs(db);
  const wanted = defs.filter((d) => codes.length === 0 || codes.includes(d.code));
  const ids = counties.map((c) => c.id);
  const prev = previousPeriod(period);
  const [now, before] = await Promise.all([keptCountyFacts(db, ids, period, { asOf }), keptCountyFacts(db, ids, prev)]);
  // A funnel has no single better or worse: it is not ranked.
  const rankTable = (facts: Map<string, TCountyFacts>) =>
    new Map(wanted.map((d) => [d.code, rankValues(ids.map((id) => (d.unit === "funnel" ? null : (indicatorOf(facts.get(id), d.code)?.value ?? null))), d.higherIsBetter)]));
  const ranksNow = rankTable(now.facts);
  const ranksBefore = rankTable(before.facts);
  // The prefecture as a whole: counts add up; a ratio adds the parts of the counties where it is
  // due (a county without a denominator, such as an unentered statistic, is left out of both).
  const total = wanted.map((d) => {
    const vs = ids.map((id) => indicatorOf(now.facts.get(id), d.code)).filter((v): v is TIndicatorValue => Boolean(v));
    if (d.unit !== "ratio") {
      const sum = vs.reduce((s, v) => s + v.numerator, 0);
      // A funnel's total adds up stage by stage.
      const parts = d.parts && Object.fromEntries(d.parts.map((p) => [p, vs.reduce((s, v) => s + (v.parts?.[p] ?? 0), 0)]));
      return { code: d.code, numerator: sum, denominator: 1, value: d.unit === "count" ? sum : null, parts, light: light(d, sum), counties: vs.length };
    }
    const due = vs.filter((v) => v.denominator > 0);
    const r = ratio(due.reduce((s, v) => s + v.numerator, 0), due.reduce((s, v) => s + v.denominator, 0));
    return { code: d.code, ...r, light: light(d, r.value), counties: due.length };
  });
  return {
    total,
    prefecture: { code: region.code, name: region.name, level: region.level },
    period: periodLabel(period),
    previousPeriod: periodLabel(prev),
    asOf: periodBounds(period, undefined, asOf).asOf,
    indicators: wanted.map((d) => d.code),
    counties: counties.map((c, idx) => {
      const f = now.facts.get(c.id);
      return {
        county: { code: c.code, name: c.name, synthetic: c.synthetic },
        changedAt: now.changedAt.get(c.id)?.toISOString() ?? null,
        indicators: wanted.map((d) => {
          const v = indicatorOf(f, d.code)!;
          const rank = ranksNow.get(d.code)![idx] ?? null;
          const previousRank = ranksBefore.get(d.code)![idx] ?? null;
          return {
            ...v,
            light: light(d, v.value),
            rank,
            previousRank,
            rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
            previous: parts(indicatorOf(before.facts.get(c.id), d.code)),
          };
        }),
      };
    }),
  };
}

/** One indicator month by month for every compared county: the small multiples. */
export async function compareTrend(db: Db, actor: TActor, prefectureCode: string, year: number, code: string) {
  const { counties } = await comparedCounties(db, actor, prefectureCode);
  const ids = counties.map((c) => c.id);
  const months = monthsOf(year);
  const perMonth = await Promise.all(months.map(async (m) => (await keptCountyFacts(db, ids, m)).facts));
  return {
    code,
    months: months.map(periodLabel),
    counties: counties.map((c) => ({
      county: { code: c.code, name: c.name },
      values: perMonth.map((facts) => parts(indicatorOf(facts.get(c.id), code))),
    })),
  };
}

/** Sets the year before the reform that a county's changes are measured against. */
export async function saveBaseline(db: Db, actor: TActor, input: { countyCode: string; baselineYear: number | null }) {
  assertCan(actor, "editStats");
  const county = await findCountyForActor(db, actor, input.countyCode);
  if (!county.path.startsWith(actor.scopePath)) throw notFound();
  return db.$transaction(async (tx) => {
    const before = await tx.countyState.findUnique({ where: { countyId: county.id }, select: { baselineYear: true } });
    await tx.countyState.upsert({
      where: { countyId: county.id },
      create: { countyId: county.id, baselineYear: input.baselineYear, baselineSetBy: actor.id },
      update: { baselineYear: input.baselineYear, baselineSetBy: actor.id },
    });
    await writeAudit(tx, actor, { action: "update", entity: "CountyState", entityId: county.id, countyId: county.id, before: { baselineYear: before?.baselineYear ?? null }, after: { baselineYear: input.baselineYear } });
    return { baselineYear: input.baselineYear };
  });
}

