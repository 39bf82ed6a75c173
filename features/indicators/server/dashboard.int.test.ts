import { describe, expect, it } from "vitest";
import { callerFor, outcome, testDb, unique } from "@/server/test/helpers";
import { DECOY_TOWNSHIPS } from "@/server/test/scope/places";

type TPick = { numerator: number; denominator: number; value: number | null; parts?: Record<string, number>; baseline: { numerator: number } | null; previous: { numerator: number } | null };
const pick = (d: { indicators: { code: string }[] }, code: string) => d.indicators.find((i) => i.code === code) as unknown as TPick;

describe("county dashboard: the published figures come out of the rosters", () => {
  it("新郑市 2021: P1 51/70, strength 17 against 7 before the reform, the secretaries' profile, 2,220 new members", async () => {
    const d = await (await callerFor("reviewer-zhengzhou")).dashboard.county({ countyCode: "410184", period: { year: 2021 } });
    expect(d.baselineYear).toBe(2020);
    expect(pick(d, "P1")).toMatchObject({ numerator: 51, denominator: 70 });
    expect(pick(d, "S1").numerator).toBe(17);
    expect(pick(d, "S1").baseline?.numerator).toBe(7);
    expect(pick(d, "S1").previous?.numerator).toBe(7);
    const s6 = pick(d, "S6");
    expect(s6.parts).toMatchObject({ total: 296, young: 285, women: 85, twoCommittees: 214 });
    expect(pick(d, "M1").parts).toMatchObject({ JUNIOR_HIGH: 1360, SENIOR_HIGH: 680, VOCATIONAL: 110, SOCIAL: 70 });
    expect(pick(d, "M1").numerator).toBeGreaterThanOrEqual(2220);
    expect(pick(d, "C3")).toMatchObject({ numerator: 39, denominator: 39 });
  });
  it("衡阳县: C3 83/83, every township with a Youth Home, 254 of 491 secretaries born 1990 or later, strength 14 against 2", async () => {
    const d = await (await callerFor("county-hengyang")).dashboard.county({ countyCode: "430421", period: { year: 2023 } });
    expect(pick(d, "C3")).toMatchObject({ numerator: 83, denominator: 83 });
    expect(pick(d, "C2")).toMatchObject({ numerator: 25, denominator: 25 });
    expect(pick(d, "S6").parts).toMatchObject({ total: 491, born1990: 254, college: 276, twoCommittees: 319 });
    expect(pick(d, "S1").numerator).toBe(14);
    expect(pick(d, "S1").baseline?.numerator).toBe(2);
  });
  it("托克逊县 2022: the pipeline 131 → 38 → 15", async () => {
    const d = await (await callerFor("county-toksun")).dashboard.county({ countyCode: "650422", period: { year: 2022 } });
    expect(d.funnel).toMatchObject({ applied: 131, activists: 38, targets: 15 });
  });
  it("quarters and months: P1 counts the year to date, M1 the period's own new members", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const year = await c.dashboard.county({ countyCode: "410184", period: { year: 2021 } });
    const quarters = await Promise.all([1, 2, 3, 4].map((quarter) => c.dashboard.county({ countyCode: "410184", period: { year: 2021, quarter } })));
    expect(quarters.reduce((s, q) => s + pick(q, "M1").numerator, 0)).toBe(pick(year, "M1").numerator);
    expect(pick(quarters[3]!, "P1").numerator).toBe(51);
    const months = await Promise.all(Array.from({ length: 12 }, (_, i) => c.dashboard.county({ countyCode: "410184", period: { year: 2021, month: i + 1 } })));
    expect(months.reduce((s, m) => s + pick(m, "M1").numerator, 0)).toBe(pick(year, "M1").numerator);
    expect(pick(months[11]!, "P1").numerator).toBe(51);
  });
  it("as of a date: 新郑市 on 31 March 2021 had its 7 pre-reform workers, and the quarter's new members", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const early = await c.dashboard.county({ countyCode: "410184", period: { year: 2021 }, asOf: "2021-03-31" });
    const q1 = await c.dashboard.county({ countyCode: "410184", period: { year: 2021, quarter: 1 } });
    expect(early.asOf).toBe("2021-03-31");
    expect(pick(early, "S1").numerator).toBe(7);
    expect(pick(early, "M1").numerator).toBe(pick(q1, "M1").numerator);
    const drill = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, asOf: "2021-03-31", indicator: "S1" });
    expect(drill.total).toBe(7);
  });
  it("a period is a year, a quarter or a month, not both", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    expect(await outcome(c.dashboard.county({ countyCode: "410184", period: { year: 2021, quarter: 1, month: 2 } }))).toBe("BAD_REQUEST");
    expect(await outcome(c.dashboard.county({ countyCode: "410184", period: { year: 2021, quarter: 5 } }))).toBe("BAD_REQUEST");
  });
  it("scope", async () => {
    expect(await outcome((await callerFor("reviewer-hengyang")).dashboard.county({ countyCode: "410184", period: { year: 2021 } }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor(null)).dashboard.county({ countyCode: "410184", period: { year: 2021 } }))).toBe("UNAUTHORIZED");
  });
});

describe("indicator catalogue", () => {
  it("as data, with names and definitions in both languages, and thresholds an administrator sets", async () => {
    const anon = await callerFor(null);
    const cat = await anon.indicator.catalog();
    const p1 = cat.find((i) => i.code === "P1")!;
    expect(p1).toMatchObject({ unit: "ratio", factor: 100, higherIsBetter: true, name: { zh: "推优入党比例" } });
    expect(p1.name.en).toMatch(/recommend/i);
    expect(p1.definition.zh.length).toBeGreaterThan(5);
    expect(p1.numerator.zh).toMatch(/推优/);
    expect(p1.denominator?.en).toMatch(/statistic/);
    expect(cat.find((i) => i.code === "M1")!.denominator).toBeNull();
    for (const i of cat) expect(i.numerator.en, i.code).not.toMatch(/^ind\./);
    expect(cat.length).toBe((await anon.dashboard.catalog()).length);
  });
  it("a changed threshold changes the light; blank keeps the default; amber above green is refused", async () => {
    const admin = await callerFor("admin");
    const before = pick(await admin.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), "P1") as TPick & { light: string };
    expect(before.light).toBe("green");
    await admin.dashboard.setThreshold({ code: "P1", target: 0.8, green: 0.8, amber: 0.6 });
    try {
      const after = pick(await admin.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), "P1") as TPick & { light: string; target: number };
      expect(after).toMatchObject({ light: "amber", target: 0.8 });
      expect((await admin.indicator.catalog()).find((i) => i.code === "P1")).toMatchObject({ green: 0.8, amber: 0.6 });
    } finally {
      await admin.dashboard.setThreshold({ code: "P1", target: null, green: null, amber: null });
    }
    expect((pick(await admin.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), "P1") as TPick & { light: string }).light).toBe("green");
    expect(await outcome(admin.dashboard.setThreshold({ code: "P1", target: null, green: 0.5, amber: 0.7 }))).toBe("BAD_REQUEST");
    expect(await outcome(admin.dashboard.setThreshold({ code: "P1", target: 2, green: null, amber: null }))).toBe("BAD_REQUEST");
  });
});

describe("drill-down: from a number to the records behind it", () => {
  it("新郑市's P1 numerator lists the 51 members admitted through recommendation", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const p1 = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: "P1" });
    expect(p1.total).toBe(51);
    expect(p1.rows).toHaveLength(50);
    const rest = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: "P1", page: 2 });
    expect(rest.rows).toHaveLength(1);
    // Each opens the member's page, unless the member has since moved out of the reviewer's scope.
    expect([...p1.rows, ...rest.rows].filter((r) => r.link === "member").length).toBeGreaterThanOrEqual(50);
    for (const r of [...p1.rows, ...rest.rows]) {
      expect(r.link === "member" || r.link === null).toBe(true);
      expect(String(r.facts.admittedOn)).toMatch(/^2021-/);
      expect(r.facts.recommendedOn).not.toBeNull();
    }
    expect(JSON.stringify(p1)).not.toMatch(/idNumber|phone/);
  });
  it("every indicator's numerator, and its gap, count exactly what the card shows", async () => {
    const c = await callerFor("county-xinzheng");
    const d = await c.dashboard.county({ countyCode: "410184", period: { year: 2021 } });
    for (const i of d.indicators) {
      const num = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: i.code as "C1", part: "numerator" });
      if (i.code === "P2") {
        // The funnel's records are the members who reached any stage in the period: each stage counts its own.
        const rows = [...num.rows];
        for (let page = 2; rows.length < num.total; page++) rows.push(...(await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: "P2", page })).rows);
        const inYear = (v: unknown) => typeof v === "string" && v.startsWith("2021-");
        const reached = (key: string) => rows.filter((r) => inYear(r.facts[key]) && (key !== "recommendedOn" || r.facts.recommendationStatus === "APPROVED")).length;
        expect([reached("partyAppliedOn"), reached("recommendedOn"), reached("activistOn"), reached("developmentTargetOn"), reached("admittedOn")]).toEqual(
          ["applied", "recommended", "activists", "targets", "admitted"].map((k) => i.parts?.[k] ?? 0),
        );
        continue;
      }
      // S2 counts posts, up to each organisation's quota; its records are the organisations.
      const counted = i.code === "S2" ? num.rows.reduce((s, r) => s + Math.min(Number(r.facts.quota), Number(r.facts.filled)), 0) : num.total;
      expect(counted, `${i.code} numerator`).toBe(i.numerator);
      if (i.denominator > 1 && i.code !== "P1" && i.code !== "S2") {
        const gap = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: i.code as "C1", part: "gap" });
        expect(gap.total, `${i.code} gap`).toBe(i.denominator - i.numerator);
      }
    }
  });
  it("S2, F1 and P2 on a generated county: quotas, township funds and the pipeline's records", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const d = await c.dashboard.county({ countyCode: "410122", period: { year: 2023 } });
    const s2 = pick(d, "S2");
    expect(s2.denominator).toBeGreaterThan(0);
    const orgs = await c.dashboard.drill({ countyCode: "410122", period: { year: 2023 }, indicator: "S2" });
    expect(orgs.rows.reduce((s, r) => s + Number(r.facts.quota), 0)).toBe(s2.denominator);
    expect(orgs.rows.reduce((s, r) => s + Math.min(Number(r.facts.quota), Number(r.facts.filled)), 0)).toBe(s2.numerator);
    const short = await c.dashboard.drill({ countyCode: "410122", period: { year: 2023 }, indicator: "S2", part: "gap" });
    for (const r of short.rows) expect(Number(r.facts.filled)).toBeLessThan(Number(r.facts.quota));
    const f1 = pick(d, "F1");
    expect(f1.denominator).toBeGreaterThan(0);
    const met = await c.dashboard.drill({ countyCode: "410122", period: { year: 2023 }, indicator: "F1" });
    const unmet = await c.dashboard.drill({ countyCode: "410122", period: { year: 2023 }, indicator: "F1", part: "gap" });
    expect([met.total, met.total + unmet.total]).toEqual([f1.numerator, f1.denominator]);
    for (const r of met.rows) {
      expect(Number(r.facts.workFundsYuan)).toBeGreaterThanOrEqual(20_000);
      expect(Number(r.facts.workFundsYuan)).toBeGreaterThanOrEqual(3 * Number(r.facts.residents6to35));
    }
    // The published county has no township funds entered: every township is listed as not meeting it.
    const xz = pick(await c.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), "F1");
    expect(xz).toMatchObject({ numerator: 0, denominator: 15 });
    const p2 = pick(await (await callerFor("county-toksun")).dashboard.county({ countyCode: "650422", period: { year: 2022 } }), "P2");
    expect(p2.parts).toMatchObject({ applied: 131, activists: 38, targets: 15 });
  });
  it("a township cadre drills only into their township", async () => {
    const c = await callerFor("township-xinzheng");
    const r = await c.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: "C1", part: "numerator" });
    const d = await c.dashboard.county({ countyCode: "410184", period: { year: 2021 } });
    expect(r.total).toBe(pick(d, "C1").numerator);
    const county = await (await callerFor("county-xinzheng")).dashboard.county({ countyCode: "410184", period: { year: 2021 } });
    expect(r.total).toBeLessThan(pick(county, "C1").numerator);
  });
});

describe("prefecture comparison", () => {
  it("the counties of 郑州市 side by side, each value equal to its county dashboard, ranked", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const cmp = await c.dashboard.compare({ prefectureCode: "410100", period: { year: 2021 }, indicators: ["P1", "C3", "S5"] });
    expect(cmp.counties.map((x) => x.county.name)).toEqual(["中牟县", "巩义市", "荥阳市", "新密市", "新郑市"]);
    const xz = cmp.counties.find((x) => x.county.code === "410184")!;
    expect(xz.indicators.map((i) => i.code)).toEqual(["C3", "S5", "P1"]);
    // Ranked by value, best first; counties with the same value share a rank.
    const p1 = (x: (typeof cmp.counties)[number]) => x.indicators.find((i) => i.code === "P1")!;
    const better = cmp.counties.filter((x) => (p1(x).value ?? -1) > 51 / 70).length;
    expect(p1(xz)).toMatchObject({ numerator: 51, denominator: 70, rank: better + 1 });
    expect(xz.changedAt).not.toBeNull();
    const own = await c.dashboard.county({ countyCode: "410122", period: { year: 2021 } });
    const row = cmp.counties.find((x) => x.county.code === "410122")!;
    for (const i of row.indicators) {
      const o = own.indicators.find((x) => x.code === i.code)!;
      expect({ n: i.numerator, d: i.denominator, v: i.value, l: i.light }).toEqual({ n: o.numerator, d: o.denominator, v: o.value, l: o.light });
    }
    // The prefecture total: a ratio adds the parts of the counties where it is due.
    const s5 = cmp.counties.map((x) => x.indicators.find((i) => i.code === "S5")!);
    expect(cmp.total.find((i) => i.code === "S5")).toMatchObject({ numerator: s5.reduce((s, i) => s + i.numerator, 0), denominator: s5.reduce((s, i) => s + i.denominator, 0), counties: 5 });
    const due = cmp.counties.map((x) => p1(x)).filter((i) => i.denominator > 0);
    expect(cmp.total.find((i) => i.code === "P1")).toMatchObject({ numerator: due.reduce((s, i) => s + i.numerator, 0), denominator: due.reduce((s, i) => s + i.denominator, 0), counties: due.length });
    const ranks = cmp.counties.map((x) => x.indicators.find((i) => i.code === "S5")!.rank!).sort();
    expect(ranks[0]).toBe(1);
  });
  it("small multiples: a value per county and month, equal to that month's comparison", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const t = await c.dashboard.compareTrend({ prefectureCode: "410100", year: 2021, indicator: "M1" });
    expect(t.months).toHaveLength(12);
    const march = await c.dashboard.compare({ prefectureCode: "410100", period: { year: 2021, month: 3 }, indicators: ["M1"] });
    for (const row of t.counties) {
      expect(row.values[2]?.numerator).toBe(march.counties.find((x) => x.county.code === row.county.code)!.indicators[0]!.numerator);
    }
  });
  it("out of scope is not found", async () => {
    expect(await outcome((await callerFor("reviewer-zhengzhou")).dashboard.compare({ prefectureCode: "430400", period: { year: 2021 }, indicators: [] }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-xinzheng")).dashboard.compare({ prefectureCode: "410100", period: { year: 2021 }, indicators: [] }))).toBe("NOT_FOUND");
  });
});

describe("kept figures follow the records", () => {
  it("a change to a county's records shows in the next comparison, and moves its last-changed time", async () => {
    const db = testDb();
    const admin = await callerFor("admin");
    const before = await admin.dashboard.compare({ prefectureCode: "650400", period: { year: 2021 }, indicators: ["C4"] });
    const row = before.counties.find((x) => x.county.code === "650421")!;
    const village = await db.region.findFirstOrThrow({ where: { countyId: "r650421", level: "VILLAGE" }, select: { id: true } });
    await admin.org.create({ name: unique("社会组织团支部"), type: "BRANCH", domain: "SOCIAL_ORGANISATION", setupMode: null, regionId: village.id, parentId: null, foundedOn: null, termStartedOn: null, note: "", quota: null });
    const after = await admin.dashboard.compare({ prefectureCode: "650400", period: { year: 2021 }, indicators: ["C4"] });
    const next = after.counties.find((x) => x.county.code === "650421")!;
    expect(next.indicators[0]!.numerator).toBe(row.indicators[0]!.numerator + 1);
    expect(new Date(next.changedAt!).getTime()).toBeGreaterThan(new Date(row.changedAt!).getTime());
    // The scope test plants records in decoy townships of other counties while this file runs.
    const planted = new Set(DECOY_TOWNSHIPS.map((code) => code.slice(0, 6)));
    const others = (x: typeof before) =>
      x.counties.filter((c) => c.county.code !== "650421" && !planted.has(c.county.code)).map((c) => [c.county.code, c.indicators[0]!.numerator, c.changedAt]);
    expect(others(before).length).toBeGreaterThan(0);
    expect(others(after)).toEqual(others(before));
  });
});

describe("one answer per number", () => {
  it("the C1 section follows the chosen period and equals that period's card", async () => {
    const c = await callerFor("county-xinzheng");
    for (const period of [{ year: 2019 }, { year: 2021, quarter: 2 }]) {
      const [section, card] = await Promise.all([c.indicator.countyC1({ countyCode: "410184", period }), c.dashboard.county({ countyCode: "410184", period })]);
      const c1 = card.indicators.find((i) => i.code === "C1")!;
      expect([section.total.numerator, section.total.denominator], JSON.stringify(period)).toEqual([c1.numerator, c1.denominator]);
      expect(section.asOf).toBe(card.asOf);
    }
  });
  it("pages open on the latest year with data: 新郑市 on 2021, 郑州市 on the year most of its counties entered", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    expect(await c.dashboard.defaultYear({ regionCode: "410184" })).toEqual({ year: 2021, fromData: true });
    expect(await c.dashboard.defaultYear({ regionCode: "410100" })).toEqual({ year: 2025, fromData: true });
    expect(await outcome(c.dashboard.defaultYear({ regionCode: "430421" }))).toBe("NOT_FOUND");
    // Without any statistic: last year, and the figures that need one say which.
    const hy = await callerFor("county-hengyang");
    const opening = await hy.dashboard.defaultYear({ regionCode: "430421" });
    expect(opening.fromData).toBe(false);
    const p1 = (await hy.dashboard.county({ countyCode: "430421", period: { year: opening.year } })).indicators.find((i) => i.code === "P1")!;
    expect(p1.missing).toMatchObject({ stat: "newPartyMembersUnder28", regionName: "衡阳县", year: opening.year });
  });
});
