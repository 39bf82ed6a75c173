/**
 * Figures of a past period come from dated history: a transfer or a departure today leaves them
 * as they were; registrations are kept per member and year; recommendations count once approved;
 * a township's ratios use the township's own denominators.
 */
import { describe, expect, it } from "vitest";
import { todayInBeijing, yearInBeijing } from "@/lib/time";
import { XINZHENG_PAST, callerFor, holding, testDb } from "@/server/test/helpers";

type TDash = Awaited<ReturnType<Awaited<ReturnType<typeof callerFor>>["dashboard"]["county"]>>;
const figures = (d: TDash, codes: string[]) =>
  Object.fromEntries(codes.map((c) => { const i = d.indicators.find((x) => x.code === c)!; return [c, { n: i.numerator, d: i.denominator, v: i.value, parts: i.parts ?? null }]; }));

describe("a past period does not move", () => {
  it("moving one of 新郑市's 2021 members to 衡阳县 today, and another leaving, leave 新郑市's 2021 figures as they were", () => holding(XINZHENG_PAST, async () => {
    const db = testDb();
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    const codes = ["M1", "M2", "M4", "P1", "P2"];
    const before2021 = figures(await xz.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), codes);
    const before2023 = figures(await xz.dashboard.county({ countyCode: "410184", period: { year: 2023 } }), codes);
    expect(before2021.M1!.n).toBe(2220);
    expect(before2021.P1).toMatchObject({ n: 51, d: 70 });

    // One of the 51 admitted through recommendation in 2021, and one of the 2021 cohort.
    const [admitted, cohort] = await Promise.all([
      db.member.findFirstOrThrow({ where: { countyId: "r410184", status: "ACTIVE", admittedOn: { gte: new Date("2021-01-01"), lt: new Date("2022-01-01") }, recommendationStatus: "APPROVED", transfers: { none: {} } }, orderBy: { id: "desc" }, select: { id: true, name: true, developmentNumber: true } }),
      db.member.findFirstOrThrow({ where: { countyId: "r410184", status: "ACTIVE", joinedOn: { gte: new Date("2021-01-01"), lt: new Date("2022-01-01") }, transfers: { none: {} } }, orderBy: { id: "desc" }, select: { id: true, version: true } }),
    ]);
    const t = await hy.transfer.requestIn({ developmentNumber: admitted.developmentNumber, name: admitted.name, toOrgId: "o430421002004", note: "" });
    await xz.transfer.decide({ transferId: t.id, approve: true, comment: "" });
    expect((await hy.member.get({ id: admitted.id })).member.countyId).toBe("r430421");
    await xz.member.leave({ id: cohort.id, version: cohort.version, leftOn: todayInBeijing(), reason: "AGED_OUT" });

    expect(figures(await xz.dashboard.county({ countyCode: "410184", period: { year: 2021 } }), codes)).toEqual(before2021);
    expect(figures(await xz.dashboard.county({ countyCode: "410184", period: { year: 2023 } }), codes)).toEqual(before2023);
    // The past is computed afresh from the rows, not only read from kept figures.
    const drill = await xz.dashboard.drill({ countyCode: "410184", period: { year: 2021 }, indicator: "P1", page: 2 });
    expect(drill.total).toBe(51);
    // 衡阳县's 2021 figures do not gain a member it did not have then.
    const hy2021 = await hy.dashboard.county({ countyCode: "430421", period: { year: 2021 } });
    expect(hy2021.indicators.find((i) => i.code === "P1")!.numerator).toBe(0);
  }));
});

describe("registration (M4) per member and year", () => {
  it("setting one member's registration for this year moves this year's M4 only; a year without records says so", async () => {
    const xz = await callerFor("county-xinzheng");
    const year = yearInBeijing();
    const m4 = async (y: number) => (await xz.dashboard.county({ countyCode: "410184", period: { year: y } })).indicators.find((i) => i.code === "M4")!;
    const past = await Promise.all([2021, 2023, 2024, 2025].map(m4));
    // 2021 has no registration recorded in the demo data.
    expect(past[0]).toMatchObject({ value: null, missing: { stat: "registration", year: 2021 } });
    expect(past[1]!.value).toBeGreaterThan(0.9);
    const member = await testDb().member.findFirstOrThrow({ where: { countyId: "r410184", status: "ACTIVE", registrations: { none: { year } } }, orderBy: { id: "asc" }, select: { id: true } });
    await xz.member.register({ memberId: member.id, year, status: "REGISTERED", reason: "", version: null });
    // Other test files add members to this county meanwhile (which moves denominators); the
    // registrations counted for past years must not move.
    const numerators = (rows: { numerator: number | null; missing?: unknown }[]) => rows.map((r) => [r.numerator, r.missing]);
    expect(numerators(await Promise.all([2021, 2023, 2024, 2025].map(m4)))).toEqual(numerators(past));
    const now = await m4(year);
    expect(now.numerator).toBeGreaterThanOrEqual(1);
    expect(now.missing).toBeUndefined();
  });
  it("a registration records who confirmed it and the organisation at the time; not registered needs a reason", async () => {
    const xz = await callerFor("county-xinzheng");
    const member = await testDb().member.findFirstOrThrow({ where: { countyId: "r410184", status: "ACTIVE", joinedOn: { lt: new Date("2020-01-01") }, registrations: { none: { year: 2022 } } }, orderBy: { id: "desc" }, select: { id: true, organisationId: true } });
    await expect(xz.member.register({ memberId: member.id, year: 2022, status: "NOT_REGISTERED", reason: "", version: null })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await xz.member.register({ memberId: member.id, year: 2022, status: "NOT_REGISTERED", reason: "外出务工", version: null });
    const row = await testDb().memberRegistration.findUniqueOrThrow({ where: { memberId_year: { memberId: member.id, year: 2022 } }, select: { organisationId: true, confirmedById: true, status: true, version: true } });
    const user = await testDb().user.findUniqueOrThrow({ where: { username: "county-xinzheng" }, select: { id: true } });
    expect(row).toEqual({ organisationId: member.organisationId, confirmedById: user.id, status: "NOT_REGISTERED", version: 1 });
    // A second first entry is refused with the stored values; an edit of the version seen goes in.
    await expect(xz.member.register({ memberId: member.id, year: 2022, status: "REGISTERED", reason: "", version: null })).rejects.toMatchObject({ code: "CONFLICT", cause: { current: { status: "NOT_REGISTERED", reason: "外出务工" } } });
    await xz.member.register({ memberId: member.id, year: 2022, status: "REGISTERED", reason: "", version: 1 });
    const history = (await xz.member.get({ id: member.id })).history;
    expect(history[0]).toMatchObject({ action: "registration" });
  });
});

describe("recommendations count once approved", () => {
  it("a rejected recommendation counts in neither P1 nor P2's recommended stage; an approved one does", async () => {
    const c = await callerFor("county-hengyang");
    // This year's figures: approvals decided today count for the period they fall in.
    const year = yearInBeijing();
    const today = todayInBeijing();
    const figuresOf = async () => {
      const d = await c.dashboard.county({ countyCode: "430421", period: { year } });
      return { p1: d.indicators.find((i) => i.code === "P1")!.numerator, recommended: d.indicators.find((i) => i.code === "P2")!.parts!.recommended! };
    };
    const before = await figuresOf();
    const make = async (suffix: number) =>
      c.member.create({
        name: "推优测试", gender: "MALE", birthDate: "1998-01-01", idNumber: null, phone: null,
        developmentNumber: `2014${String((Date.now() + suffix) % 1e8).padStart(8, "0")}`, joinedOn: "2014-05-04", category: "SOCIAL",
        organisationId: "o430421002004", archiveCertifiedOn: null, holdsPost: false,
        partyAppliedOn: `${year - 1}-03-01`, recommendedOn: today, activistOn: today, developmentTargetOn: today, admittedOn: today,
      });
    const [rejected, approved] = [await make(1), await make(2)];
    expect(await figuresOf()).toEqual(before);
    await c.pipeline.decide({ memberId: rejected.id, approve: false, comment: "材料不全" });
    expect(await figuresOf()).toEqual(before);
    await c.pipeline.decide({ memberId: approved.id, approve: true, comment: "" });
    expect(await figuresOf()).toEqual({ p1: before.p1 + 1, recommended: before.recommended + 1 });
  });
  it("approving today a recommendation of a member admitted last year leaves last year's P1 and P2 as they were", async () => {
    const c = await callerFor("county-hengyang");
    const year = yearInBeijing() - 1;
    const figuresOf = async () => {
      const d = await c.dashboard.county({ countyCode: "430421", period: { year } });
      return { p1: d.indicators.find((i) => i.code === "P1")!.numerator, recommended: d.indicators.find((i) => i.code === "P2")!.parts!.recommended! };
    };
    const before = await figuresOf();
    const m = await c.member.create({
      name: "推优测试", gender: "MALE", birthDate: `${year - 24}-01-01`, idNumber: null, phone: null,
      developmentNumber: `${year - 8}${String((Date.now() + 3) % 1e8).padStart(8, "0")}`, joinedOn: `${year - 8}-05-04`, category: "SOCIAL",
      organisationId: "o430421002004", archiveCertifiedOn: null, holdsPost: false,
      partyAppliedOn: `${year}-01-05`, recommendedOn: `${year}-03-01`, activistOn: `${year}-04-01`, developmentTargetOn: `${year}-06-01`, admittedOn: `${year}-09-01`,
    });
    await c.pipeline.decide({ memberId: m.id, approve: true, comment: "" });
    expect(await figuresOf()).toEqual(before);
  });
  it("托克逊县's 2022 card is the funnel 131 → 38 → 15, in the same order on every load", async () => {
    const c = await callerFor("county-toksun");
    for (let i = 0; i < 2; i++) {
      const p2 = (await c.dashboard.county({ countyCode: "650422", period: { year: 2022 } })).indicators.find((x) => x.code === "P2")!;
      expect(p2.parts).toMatchObject({ applied: 131, recommended: 38, activists: 38, targets: 15 });
      expect(p2.value).toBeNull();
    }
  });
});

describe("a township's figures use the township's own denominators", () => {
  it("P1 for 龙湖镇 is the township's numerator over the township's statistic, or says it is missing", async () => {
    const township = await callerFor("township-xinzheng");
    const p1 = (await township.dashboard.county({ countyCode: "410184", period: { year: 2021 } })).indicators.find((i) => i.code === "P1")!;
    expect(p1).toMatchObject({ denominator: 0, value: null, missing: { stat: "newPartyMembersUnder28", regionName: "龙湖镇", year: 2021 } });
    const admin = await callerFor("admin");
    const year = 2019;
    const saved = await admin.stat.save({ regionId: "r410184009000", year, residentYouth: null, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: 4, version: (await testDb().regionStat.findUnique({ where: { regionId_year: { regionId: "r410184009000", year } }, select: { version: true } }))?.version ?? null });
    expect(saved.newPartyMembersUnder28).toBe(4);
    const withStat = (await township.dashboard.county({ countyCode: "410184", period: { year } })).indicators.find((i) => i.code === "P1")!;
    expect(withStat.denominator).toBe(4);
    expect(withStat.missing).toBeUndefined();
  });
});
