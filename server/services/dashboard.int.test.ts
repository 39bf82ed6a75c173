import { describe, expect, it } from "vitest";
import { callerFor, outcome } from "../test/helpers";

const pick = (d: { indicators: { code: string }[] }, code: string) => d.indicators.find((i) => i.code === code) as unknown as { numerator: number; denominator: number; value: number | null; parts?: Record<string, number> };

describe("county dashboard: the published figures come out of the rosters", () => {
  it("新郑市 2021: P1 51/70, strength 17, 296 secretaries' profile, 2,220 new members all archived", async () => {
    const d = await (await callerFor("reviewer-zhengzhou")).dashboard.county({ countyCode: "410184", year: 2021 });
    expect(pick(d, "P1")).toMatchObject({ numerator: 51, denominator: 70 });
    expect(pick(d, "S1").numerator).toBe(17);
    const s6 = pick(d, "S6");
    expect(s6.parts).toMatchObject({ total: 296, young: 285, women: 85, twoCommittees: 214 });
    expect(pick(d, "M1").parts).toMatchObject({ JUNIOR_HIGH: 1360, SENIOR_HIGH: 680, VOCATIONAL: 110, SOCIAL: 70 });
    expect(pick(d, "M1").numerator).toBeGreaterThanOrEqual(2220);
    expect(pick(d, "C3")).toMatchObject({ numerator: 39, denominator: 39 });
  });
  it("衡阳县: C3 83/83, every township with a Youth Home, 254 of 491 secretaries born 1990 or later", async () => {
    const d = await (await callerFor("county-hengyang")).dashboard.county({ countyCode: "430421", year: 2023 });
    expect(pick(d, "C3")).toMatchObject({ numerator: 83, denominator: 83 });
    expect(pick(d, "C2")).toMatchObject({ numerator: 25, denominator: 25 });
    expect(pick(d, "S6").parts).toMatchObject({ total: 491, born1990: 254, college: 276, twoCommittees: 319 });
    expect(pick(d, "S1").numerator).toBe(14);
  });
  it("托克逊县 2022: the pipeline 131 → 38 → 15", async () => {
    const d = await (await callerFor("county-toksun")).dashboard.county({ countyCode: "650422", year: 2022 });
    expect(d.funnel).toMatchObject({ applied: 131, activists: 38, targets: 15 });
  });
  it("scope", async () => {
    expect(await outcome((await callerFor("reviewer-hengyang")).dashboard.county({ countyCode: "410184", year: 2021 }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor(null)).dashboard.county({ countyCode: "410184", year: 2021 }))).toBe("UNAUTHORIZED");
    expect((await (await callerFor(null)).dashboard.catalog()).length).toBeGreaterThan(10);
  });
});

describe("prefecture comparison", () => {
  it("the counties of 郑州市 side by side, each value equal to its county dashboard", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const cmp = await c.dashboard.compare({ prefectureCode: "410100", year: 2021, indicators: ["P1", "C3", "S5"] });
    expect(cmp.counties.map((x) => x.county.name)).toEqual(["中牟县", "巩义市", "荥阳市", "新密市", "新郑市"]);
    const xz = cmp.counties.find((x) => x.county.code === "410184")!;
    expect(xz.indicators.map((i) => i.code)).toEqual(["C3", "S5", "P1"]);
    expect(xz.indicators.find((i) => i.code === "P1")).toMatchObject({ numerator: 51, denominator: 70 });
    const own = await c.dashboard.county({ countyCode: "410122", year: 2021 });
    const row = cmp.counties.find((x) => x.county.code === "410122")!;
    for (const i of row.indicators) expect(i).toEqual(own.indicators.find((o) => o.code === i.code));
  });
  it("out of scope is not found", async () => {
    expect(await outcome((await callerFor("reviewer-zhengzhou")).dashboard.compare({ prefectureCode: "430400", year: 2021, indicators: [] }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-xinzheng")).dashboard.compare({ prefectureCode: "410100", year: 2021, indicators: [] }))).toBe("NOT_FOUND");
  });
});
