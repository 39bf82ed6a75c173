/**
 * Every procedure, for every role, in scope and out of scope, through createCaller against a
 * real PostgreSQL. Out of scope reads as NOT_FOUND, a wrong role as FORBIDDEN, no session as
 * UNAUTHORIZED.
 */
import { describe, expect, it } from "vitest";
import { callerFor, outcome, testDb, unique } from "../test/helpers";
import { yearInBeijing } from "@/lib/time";

/** C1 as of today: the period these checks change records in. */
const THIS_YEAR = { year: yearInBeijing() };

const XINZHENG = "410184";
const ZHONGMOU = "410122"; // a sibling county of 新郑市 in 郑州市
const HENGYANG = "430421"; // a county in another prefecture

type Caller = Awaited<ReturnType<typeof callerFor>>;

/** Read procedures that take a county. */
const countyReads: Record<string, (c: Caller, code: string) => Promise<unknown>> = {
  "region.county": (c, code) => c.region.county({ countyCode: code }),
  "region.townships": (c, code) => c.region.townships({ countyCode: code }),
  "region.orgPlaces": (c, code) => c.region.orgPlaces({ countyCode: code }),
  "org.list": (c, code) => c.org.list({ countyCode: code }),
  "org.parentOptions": (c, code) => c.org.parentOptions({ countyCode: code }),
  "indicator.countyC1": (c, code) => c.indicator.countyC1({ countyCode: code, period: { year: 2021 } }),
  "cadre.list": (c, code) => c.cadre.list({ countyCode: code }),
  "cadre.standards": (c, code) => c.cadre.standards({ countyCode: code }),
  "member.list": (c, code) => c.member.list({ countyCode: code }),
  "member.orgOptions": (c, code) => c.member.orgOptions({ countyCode: code }),
  "transfer.list": (c, code) => c.transfer.list({ countyCode: code }),
  "stat.list": (c, code) => c.stat.list({ countyCode: code }),
  "pipeline.board": (c, code) => c.pipeline.board({ countyCode: code, year: 2021 }),
  "coverage.summary": (c, code) => c.coverage.summary({ countyCode: code }),
  "coverage.list": (c, code) => c.coverage.list({ countyCode: code, kind: "youthHome" }),
  "dashboard.county": (c, code) => c.dashboard.county({ countyCode: code, period: { year: 2021 } }),
  "dashboard.countyTrend": (c, code) => c.dashboard.countyTrend({ countyCode: code, year: 2021 }),
  "dashboard.drill": (c, code) => c.dashboard.drill({ countyCode: code, period: { year: 2021 }, indicator: "P1" }),
};

/** For each role: a county it may read and counties it may not. */
const scopes = [
  { user: "admin", inside: [XINZHENG, HENGYANG], outside: ["999999"] },
  { user: "reviewer-zhengzhou", inside: [XINZHENG, ZHONGMOU], outside: [HENGYANG] },
  { user: "reviewer-hengyang", inside: [HENGYANG], outside: [XINZHENG] },
  { user: "county-xinzheng", inside: [XINZHENG], outside: [ZHONGMOU, HENGYANG] },
  { user: "county-hengyang", inside: [HENGYANG], outside: [XINZHENG] },
  { user: "county-toksun", inside: ["650422"], outside: ["650402", XINZHENG] },
  { user: "township-xinzheng", inside: [XINZHENG], outside: [ZHONGMOU, HENGYANG] },
];

describe("county-scoped reads", () => {
  for (const [name, read] of Object.entries(countyReads)) {
    for (const s of scopes) {
      it(`${name} as ${s.user}: in scope OK, out of scope NOT_FOUND`, async () => {
        const c = await callerFor(s.user);
        for (const code of s.inside) expect(await outcome(read(c, code)), code).toBe("OK");
        for (const code of s.outside) expect(await outcome(read(c, code)), code).toBe("NOT_FOUND");
      });
    }
    it(`${name} without a session: UNAUTHORIZED`, async () => {
      expect(await outcome(read(await callerFor(null), XINZHENG))).toBe("UNAUTHORIZED");
    });
  }
});

describe("prefecture comparison", () => {
  const cases = [
    { user: "admin", ok: ["410100", "430400"], no: [] as string[] },
    { user: "reviewer-zhengzhou", ok: ["410100"], no: ["430400", "650400"] },
    { user: "reviewer-hengyang", ok: ["430400"], no: ["410100"] },
    { user: "county-xinzheng", ok: [], no: ["410100"] },
    { user: "township-xinzheng", ok: [], no: ["410100"] },
  ];
  for (const s of cases) {
    it(`indicator.prefectureC1 as ${s.user}`, async () => {
      const c = await callerFor(s.user);
      for (const code of s.ok) expect(await outcome(c.indicator.prefectureC1({ prefectureCode: code, period: { year: 2021 } }))).toBe("OK");
      for (const code of s.no) expect(await outcome(c.indicator.prefectureC1({ prefectureCode: code, period: { year: 2021 } }))).toBe("NOT_FOUND");
    });
    it(`dashboard.compare and dashboard.compareTrend as ${s.user}`, async () => {
      const c = await callerFor(s.user);
      for (const code of s.ok) {
        expect(await outcome(c.dashboard.compare({ prefectureCode: code, period: { year: 2021 }, indicators: ["C1"] }))).toBe("OK");
        expect(await outcome(c.dashboard.compareTrend({ prefectureCode: code, year: 2021, indicator: "C1" }))).toBe("OK");
      }
      for (const code of s.no) {
        expect(await outcome(c.dashboard.compare({ prefectureCode: code, period: { year: 2021 }, indicators: ["C1"] }))).toBe("NOT_FOUND");
        expect(await outcome(c.dashboard.compareTrend({ prefectureCode: code, year: 2021, indicator: "C1" }))).toBe("NOT_FOUND");
      }
    });
  }
  it("a reviewer sees exactly the counties of their prefecture", async () => {
    const c = await callerFor("reviewer-zhengzhou");
    const r = await c.indicator.prefectureC1({ prefectureCode: "410100", period: THIS_YEAR });
    expect(r.counties.map((x) => x.code)).toEqual(["410122", "410181", "410182", "410183", "410184"]);
  });
  it("without a session: UNAUTHORIZED", async () => {
    expect(await outcome((await callerFor(null)).indicator.prefectureC1({ prefectureCode: "410100", period: THIS_YEAR }))).toBe("UNAUTHORIZED");
  });
});

describe("me and home", () => {
  it("me.get returns role and scope read from the database", async () => {
    const me = await (await callerFor("county-xinzheng")).me.get();
    expect(me).toMatchObject({ role: "COUNTY_ADMIN", regionName: "新郑市" });
  });
  it("region.home lists only what the role may open", async () => {
    const reviewer = await (await callerFor("reviewer-zhengzhou")).region.home();
    expect(reviewer.map((r) => r.code)).toEqual(["410100", "410122", "410181", "410182", "410183", "410184"]);
    const township = await (await callerFor("township-xinzheng")).region.home();
    expect(township.map((r) => r.code)).toEqual(["410184"]);
    const admin = await (await callerFor("admin")).region.home();
    // Other files may add generated provinces alongside: the demo's three prefectures are all there.
    expect(admin.filter((r) => r.level === "PREFECTURE").map((r) => r.code)).toEqual(expect.arrayContaining(["410100", "430400", "650400"]));
  });
  it("without a session: UNAUTHORIZED", async () => {
    const anon = await callerFor(null);
    expect(await outcome(anon.me.get())).toBe("UNAUTHORIZED");
    expect(await outcome(anon.region.home())).toBe("UNAUTHORIZED");
  });
  it("a deactivated account is refused even with a valid session", async () => {
    const db = testDb();
    const user = await db.user.create({
      data: { username: unique("gone"), displayName: "gone", role: "ADMIN", regionId: "r000000", passwordHash: "x", active: false },
    });
    const { createCaller } = await import("./root");
    expect(await outcome(createCaller({ db, session: { userId: user.id } }).me.get())).toBe("UNAUTHORIZED");
  });
});

describe("township cadre scope", () => {
  it("org.list shows only the cadre's township", async () => {
    const list = await (await callerFor("township-xinzheng")).org.list({ countyCode: XINZHENG, pageSize: 100 });
    expect(list.total).toBeGreaterThan(0);
    for (const o of list.items) expect(o.region.code.startsWith("410184009")).toBe(true);
  });
  it("org.get of another township's organisation is NOT_FOUND", async () => {
    const c = await callerFor("township-xinzheng");
    expect(await outcome(c.org.get({ id: "o410184001000" }))).toBe("NOT_FOUND");
    expect(await outcome(c.org.get({ id: "o410184009000" }))).toBe("OK");
  });
});
