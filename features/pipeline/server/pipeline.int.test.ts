import { describe, expect, it } from "vitest";
import { XINZHENG_PAST, callerFor, fieldMessage, holding, outcome, testDb } from "@/server/test/helpers";

describe("recommend-for-Party pipeline", () => {
  it("新郑市 2021: P1 = 51 / 70 from the rosters and the entered statistic", async () => {
    const board = await (await callerFor("reviewer-zhengzhou")).pipeline.board({ countyCode: "410184", year: 2021 });
    expect(board.p1).toMatchObject({ numerator: 51, denominator: 70 });
    expect(board.p1?.value).toBeCloseTo(0.7286, 4);
  });
  it("托克逊县 2022: 131 → 38 → 15", async () => {
    const board = await (await callerFor("county-toksun")).pipeline.board({ countyCode: "650422", year: 2022 });
    expect(board.funnel).toMatchObject({ applied: 131, activists: 38, targets: 15 });
  });
  it("without the statistic, P1 has no value but the numerator still shows", async () => {
    const board = await (await callerFor("county-hengyang")).pipeline.board({ countyCode: "430421", year: 2019 });
    expect(board.p1).toBeNull();
  });
  it("a new recommendation waits for the superior organisation, who decides with a comment", async () => {
    const xz = await callerFor("county-xinzheng");
    // A member of 2016 moves 新郑市's figures of the years since: not while a test holds them still.
    const m = await holding(XINZHENG_PAST, () => xz.member.create({
      name: "推优团员", gender: "MALE", birthDate: "2000-01-01", idNumber: null, phone: null,
      developmentNumber: `2016${String(Date.now() % 1e8).padStart(8, "0")}`, joinedOn: "2016-05-04", category: "SOCIAL",
      organisationId: "o410184009005", archiveCertifiedOn: null, holdsPost: false,
      partyAppliedOn: "2024-03-01", recommendedOn: "2024-06-01", activistOn: null, developmentTargetOn: null, admittedOn: null,
    }));
    expect(m.recommendationStatus).toBe("PENDING");
    const board = await xz.pipeline.board({ countyCode: "410184", year: 2024 });
    expect(board.pending.map((p) => p.id)).toContain(m.id);
    expect(await outcome((await callerFor("township-xinzheng")).pipeline.decide({ memberId: m.id, approve: true, comment: "" }))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("county-hengyang")).pipeline.decide({ memberId: m.id, approve: true, comment: "" }))).toBe("NOT_FOUND");
    expect(await fieldMessage(xz.pipeline.decide({ memberId: m.id, approve: false, comment: "" }), "comment")).toBe("transfer.reasonRequired");
    await xz.pipeline.decide({ memberId: m.id, approve: true, comment: "表现突出" });
    expect((await xz.member.get({ id: m.id })).member.recommendationStatus).toBe("APPROVED");
    // A second decision is refused, naming who decided.
    const again = await xz.pipeline.decide({ memberId: m.id, approve: false, comment: "再议一次" }).catch((e: { message: string; cause?: { params?: Record<string, string> } }) => e);
    expect(again).toMatchObject({ message: "pipeline.already.APPROVED", cause: { params: { who: "新郑市团市委" } } });
  });
});

describe("region statistics", () => {
  it("a county admin enters a year's figures; who and when are kept; a stale edit is refused", async () => {
    const c = await callerFor("county-toksun");
    const year = 2000 + Math.floor(Math.random() * 20);
    await testDb().regionStat.deleteMany({ where: { regionId: "r650422", year } });
    const saved = await c.stat.save({ regionId: "r650422", year, residentYouth: 30000, residents6to35: 45000, workFundsYuan: 200000, newPartyMembersUnder28: 20, version: null });
    const list = await c.stat.list({ countyCode: "650422" });
    const row = list.rows.find((r) => r.id === saved.id);
    expect(row).toMatchObject({ residentYouth: 30000, lastChange: { who: "托克逊县团县委" } });
    // Someone else saved it in the meantime: the old version is refused, nothing overwritten.
    const next = await c.stat.save({ regionId: "r650422", year, residentYouth: 31000, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: 20, version: saved.version });
    expect(await outcome(c.stat.save({ regionId: "r650422", year, residentYouth: 1, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: 1, version: saved.version }))).toBe("CONFLICT");
    // A "first" entry of a year someone already entered is refused with the stored values.
    const first = await c.stat.save({ regionId: "r650422", year, residentYouth: 1, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: 1, version: null }).catch((e: { data?: unknown; cause?: { current?: Record<string, unknown> } }) => e);
    expect(first).toMatchObject({ cause: { current: { residentYouth: 31000, newPartyMembersUnder28: 20, version: 2 } } });
    expect((await c.stat.list({ countyCode: "650422" })).rows.find((r) => r.id === next.id)?.residentYouth).toBe(31000);
  });
  it("roles and scope", async () => {
    const input = { regionId: "r650422", year: 2030, residentYouth: 1, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: null, version: null };
    expect(await outcome((await callerFor("reviewer-zhengzhou")).stat.save(input))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("township-xinzheng")).stat.save(input))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("county-xinzheng")).stat.save(input))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-xinzheng")).stat.list({ countyCode: "650422" }))).toBe("NOT_FOUND");
    expect(await fieldMessage((await callerFor("county-toksun")).stat.save({ ...input, residentYouth: -5 as unknown as number }), "residentYouth")).toBe("v.number");
  });
});
