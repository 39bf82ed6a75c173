import { describe, expect, it } from "vitest";
import { callerFor, fieldMessage, outcome, testDb } from "@/server/test/helpers";
import { yearInBeijing } from "@/lib/time";
import { computeCountyFacts, indicatorOf } from "@/features/indicators/server/engine";
import { getSettings } from "./settings";

/** Rolls back whatever `f` wrote: settings tried out here never reach the other test files. */
async function rolledBack(f: (tx: Parameters<Parameters<ReturnType<typeof testDb>["$transaction"]>[0]>[0]) => Promise<void>) {
  const rollback = new Error("rollback");
  await testDb()
    .$transaction(async (tx) => {
      await f(tx);
      throw rollback;
    })
    .catch((e: unknown) => {
      if (e !== rollback) throw e;
    });
}

describe("settings", () => {
  it("only administrators change them; everyone reads them; each change is audited", async () => {
    const admin = await callerFor("admin");
    expect(await outcome((await callerFor("county-xinzheng")).setting.save({ key: "transferExpiryDays", value: 10 }))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("reviewer-zhengzhou")).setting.save({ key: "transferExpiryDays", value: 10 }))).toBe("FORBIDDEN");
    const before = await admin.setting.get();
    const after = await admin.setting.save({ key: "transferExpiryDays", value: before.transferExpiryDays });
    expect(after.transferExpiryDays).toBe(before.transferExpiryDays);
    expect(await outcome(admin.setting.save({ key: "transferExpiryDays", value: 0 }))).toBe("BAD_REQUEST");
    expect((await (await callerFor("county-toksun")).setting.get()).unitEligibleMembers).toBeGreaterThan(0);
    const audit = await testDb().auditEntry.findFirst({ where: { entity: "Setting", entityId: "transferExpiryDays" }, orderBy: { at: "desc" } });
    expect(audit?.actorId).toBeTruthy();
  });

  it("a value holds from its year on: earlier years keep theirs, and the history keeps both", async () => {
    const admin = await callerFor("admin");
    const later = yearInBeijing() + 3;
    const now = await admin.setting.get({ year: later - 1 });
    await admin.setting.save({ key: "fundsPerResidentYuan", value: 4.5, fromYear: later });
    expect((await admin.setting.get({ year: later })).fundsPerResidentYuan).toBe(4.5);
    expect((await admin.setting.get({ year: later - 1 })).fundsPerResidentYuan).toBe(now.fundsPerResidentYuan);
    const history = await admin.setting.history({ key: "fundsPerResidentYuan" });
    expect(history[0]).toMatchObject({ fromYear: later, value: 4.5, provinceCode: null });
    expect(history[0]!.by).toBeTruthy();
  });

  it("a province's own value replaces the national one there only; security settings are national only", async () => {
    const admin = await callerFor("admin");
    const later = yearInBeijing() + 4;
    await admin.setting.save({ key: "termYears", value: { branch: 2, committee: 4 }, provinceCode: "650000", fromYear: later });
    expect((await admin.setting.get({ provinceCode: "650000", year: later })).termYears).toEqual({ branch: 2, committee: 4 });
    expect((await admin.setting.get({ provinceCode: "410000", year: later })).termYears).toEqual({ branch: 3, committee: 5 });
    expect((await admin.setting.get({ year: later })).termYears).toEqual({ branch: 3, committee: 5 });
    expect(await fieldMessage(admin.setting.save({ key: "lockoutThreshold", value: 5, provinceCode: "650000" }), "provinceCode")).toBe("settings.nationalOnly");
    // A list: the rating scale.
    await admin.setting.save({ key: "ratingScale", value: [85, 75, 65, 55], provinceCode: "650000", fromYear: later });
    expect((await admin.setting.get({ provinceCode: "650000", year: later })).ratingScale).toEqual([85, 75, 65, 55]);
    expect((await admin.setting.get({ provinceCode: "410000", year: later })).ratingScale).toEqual([90, 80, 70, 60]);
  });

  it("each value is checked against its own setting's type", async () => {
    const admin = await callerFor("admin");
    const later = yearInBeijing() + 5;
    expect(await fieldMessage(admin.setting.save({ key: "fundsPerResidentYuan", value: 1.234, fromYear: later }), "value")).toBe("v.decimals?places=2");
    expect(await fieldMessage(admin.setting.save({ key: "unitEligibleMembers", value: 2.5, fromYear: later }), "value")).toBe("v.integer");
    expect(await fieldMessage(admin.setting.save({ key: "termYears", value: 3, fromYear: later }), "value")).toBeTruthy();
    const standards = { township: { secretaries: [1, 1], deputies: [2, 1], members: [7, 9] }, village: { secretaries: [1, 1], deputies: [0, null], members: [2, null] } };
    expect(await fieldMessage(admin.setting.save({ key: "teamStandards", value: standards as never, fromYear: later }), "value")).toBe("v.rangeOrder");
    expect(await fieldMessage(admin.setting.save({ key: "ratingScale", value: [90, 80, 80, 60], fromYear: later }), "value")).toBe("v.descending");
    expect(await fieldMessage(admin.setting.save({ key: "ratingScale", value: [90, 80], fromYear: later }), "value")).toBe("v.listLength?count=4");
    expect(await outcome(admin.setting.save({ key: "termYears", value: { branch: 3, committee: 5 }, provinceCode: "999999", fromYear: later }))).toBe("BAD_REQUEST");
  });

  it("figures are computed under the settings of the county's province for the period's year", async () => {
    const year = 2024;
    const xinzheng = (await testDb().region.findUniqueOrThrow({ where: { code: "410184" } })).id;
    const toksun = (await testDb().region.findUniqueOrThrow({ where: { code: "650422" } })).id;
    const base = await computeCountyFacts(testDb(), [xinzheng, toksun], { year });
    await rolledBack(async (tx) => {
      // Henan asks for 3 deputy secretaries in every township team from that year: none meets it.
      const strict = { township: { secretaries: [1, 1], deputies: [3, 3], members: [7, 9] }, village: { secretaries: [1, 1], deputies: [0, null], members: [2, null] } };
      await tx.settingValue.create({ data: { key: "teamStandards", provinceCode: "410000", fromYear: year, value: strict } });
      expect((await getSettings(tx, { provinceCode: "410000", year })).teamStandards.township.deputies).toEqual([3, 3]);
      expect((await getSettings(tx, { provinceCode: "410000", year: year - 1 })).teamStandards.township.deputies).toEqual([1, 2]);
      const facts = await computeCountyFacts(tx, [xinzheng, toksun], { year });
      const s4 = (cid: string, f: typeof base) => indicatorOf(f.get(cid), "S4");
      expect(s4(xinzheng, base)!.numerator).toBeGreaterThan(0);
      expect(s4(xinzheng, facts)!.numerator).toBe(0);
      expect(s4(xinzheng, facts)!.denominator).toBe(s4(xinzheng, base)!.denominator);
      // Another province, and an earlier year, keep the standard they had.
      expect(s4(toksun, facts)).toEqual(s4(toksun, base));
      const earlier = await computeCountyFacts(tx, [xinzheng], { year: year - 1 });
      expect(indicatorOf(earlier.get(xinzheng), "S4")!.numerator).toBeGreaterThan(0);
    });
  });
});
