/**
 * Two people deciding the same thing at the same moment: exactly one wins, every time, and the
 * other is told who decided. Run on PostgreSQL, where the calls really overlap; the embedded
 * database serves one query at a time, so there the test says why it does not run (and in CI,
 * where a PostgreSQL is always given, it must run).
 */
import { describe, expect, it } from "vitest";
import { XINZHENG_PAST, callerFor, holding, outcome, testDb } from "./helpers";

const embedded = !process.env.DATABASE_URL;
if (embedded && process.env.CI) throw new Error("The concurrency test needs PostgreSQL in CI: set DATABASE_URL.");
if (embedded) console.log("concurrency.int.test: skipped on the embedded database (one connection, nothing overlaps); it runs against PostgreSQL.");
const suite = embedded ? describe.skip : describe;

const ROUNDS = 8;
const HENGYANG_ORG = "o430421002004";
let serial = Math.floor(Math.random() * 1e6);

/** A member's fields as a form sends them, with its development number. */
const memberFields = (developmentNumber: string) => ({
  name: "并发测试", gender: "MALE" as const, birthDate: "2000-01-01", idNumber: null, phone: null,
  developmentNumber, joinedOn: "2019-05-04", category: "SOCIAL" as const, organisationId: "o410184004003",
  archiveCertifiedOn: null, holdsPost: false, partyAppliedOn: null, recommendedOn: null,
  activistOn: null, developmentTargetOn: null, admittedOn: null,
});

async function member(over: Record<string, unknown> = {}) {
  const n = `2019${String(Date.now() % 1e3).padStart(3, "0")}${String(++serial % 1e5).padStart(5, "0")}`;
  // A member of 2019 moves 新郑市's figures of the years since: not while a test holds them still.
  const xz = await callerFor("county-xinzheng");
  return holding(XINZHENG_PAST, () => xz.member.create({ ...memberFields(n), ...over }));
}

/** Of calls fired together, the one refusal and the value of the one that went through. */
async function oneWins<T>(calls: Promise<T>[]) {
  const settled = await Promise.allSettled(calls);
  expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
  const lost = (settled.find((s) => s.status === "rejected") as PromiseRejectedResult).reason as unknown;
  return { won: settled.findIndex((s) => s.status === "fulfilled"), lost };
}

/** The outcomes of calls fired together, sorted. */
async function race(calls: Promise<unknown>[]) {
  return (await Promise.all(calls.map(outcome))).sort();
}

suite("decisions happen once", () => {
  it("a recommendation approved and rejected at once: one decision stands", async () => {
    const [a, b] = [await callerFor("county-xinzheng"), await callerFor("admin")];
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member({ partyAppliedOn: "2024-03-01", recommendedOn: "2024-06-01" });
      expect(await race([a.pipeline.decide({ memberId: m.id, approve: true, comment: "" }), b.pipeline.decide({ memberId: m.id, approve: false, comment: "不同意" })])).toEqual(["CONFLICT", "OK"]);
      const audits = await testDb().auditEntry.count({ where: { entityId: m.id, action: "decide" } });
      expect(audits).toBe(1);
    }
  });

  it("a transfer accepted and refused at once: one answer stands, and the member moves only if it was the acceptance", async () => {
    const xz = await callerFor("county-xinzheng");
    const [a, b] = [await callerFor("county-hengyang"), await callerFor("admin")];
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member();
      const t = await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
      expect(await race([a.transfer.decide({ transferId: t.id, approve: true, comment: "" }), b.transfer.decide({ transferId: t.id, approve: false, comment: "退回" })])).toEqual(["CONFLICT", "OK"]);
      const [row, moved] = await Promise.all([
        testDb().memberTransfer.findUniqueOrThrow({ where: { id: t.id }, select: { status: true } }),
        testDb().member.findUniqueOrThrow({ where: { id: m.id }, select: { organisationId: true } }),
      ]);
      expect(moved.organisationId === HENGYANG_ORG).toBe(row.status === "APPROVED");
      expect(await testDb().membership.count({ where: { memberId: m.id } })).toBe(row.status === "APPROVED" ? 2 : 1);
    }
  });

  it("two transfers of one member started at once by both sides: at most one is open", async () => {
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member();
      const results = await race([
        xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" }),
        hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: HENGYANG_ORG, note: "" }),
      ]);
      expect(results).toEqual(["BAD_REQUEST", "OK"]);
      expect(await testDb().memberTransfer.count({ where: { memberId: m.id, status: "PENDING" } })).toBe(1);
    }
  });

  it("four people ending the same post at once: one end, one history entry", async () => {
    const callers = await Promise.all(["county-xinzheng", "admin", "county-xinzheng", "admin"].map(callerFor));
    const xz = callers[0]!;
    for (let i = 0; i < ROUNDS; i++) {
      const cadre = await xz.cadre.create({
        name: "并发干部", gender: "FEMALE", birthDate: "1995-01-01", idNumber: null, phone: null, education: "BACHELOR",
        staffingType: "PART_TIME", source: "OTHER", inVillageCommittees: false,
        position: { organisationId: "o410184004003", post: "COMMITTEE_MEMBER", startedOn: "2023-01-01" },
      });
      const positionId = cadre.positions[0]!.id;
      const results = await race(callers.map((c, k) => c.cadre.endPosition({ positionId, endedOn: `2025-0${k + 1}-01` })));
      expect(results).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
      expect(await testDb().auditEntry.count({ where: { entityId: cadre.id, action: "position" } })).toBe(1);
    }
  });

  it("a member's leaving and an edit saved at once from the same version: one wins, the other is shown the stored member, nothing half-written", async () => {
    const [a, b] = [await callerFor("county-xinzheng"), await callerFor("admin")];
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member();
      const { won, lost } = await oneWins<unknown>([
        a.member.leave({ id: m.id, version: m.version, leftOn: "2025-01-01", reason: "LEFT" }),
        b.member.update({ ...memberFields(m.developmentNumber), id: m.id, version: m.version, name: "并发改名" }),
      ]);
      const left = won === 0;
      expect(lost).toMatchObject({ code: "CONFLICT", message: "common.conflictBoth", cause: { current: { version: 2, status: left ? "LEFT" : "ACTIVE", name: left ? "并发测试" : "并发改名" } } });
      const [row, open, leaves] = await Promise.all([
        testDb().member.findUniqueOrThrow({ where: { id: m.id }, select: { status: true, name: true, version: true } }),
        testDb().membership.count({ where: { memberId: m.id, endedOn: null } }),
        testDb().auditEntry.count({ where: { entityId: m.id, action: "leave" } }),
      ]);
      expect(row).toEqual({ status: left ? "LEFT" : "ACTIVE", name: left ? "并发测试" : "并发改名", version: 2 });
      expect({ open, leaves }).toEqual(left ? { open: 0, leaves: 1 } : { open: 1, leaves: 0 });
    }
  });

  it("two leavings of one member at once: one day stands, the other is told the member has left", async () => {
    const [a, b] = [await callerFor("county-xinzheng"), await callerFor("admin")];
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member();
      const days = ["2025-01-01", "2025-02-01"];
      const { won, lost } = await oneWins(days.map((leftOn, k) => [a, b][k]!.member.leave({ id: m.id, version: m.version, leftOn, reason: "AGED_OUT" })));
      expect(lost).toMatchObject({ code: "CONFLICT", message: "member.notActive" });
      const ended = await testDb().membership.findMany({ where: { memberId: m.id }, select: { endedOn: true } });
      expect(ended.map((e) => e.endedOn?.toISOString().slice(0, 10))).toEqual([days[won]]);
      expect(await testDb().auditEntry.count({ where: { entityId: m.id, action: "leave" } })).toBe(1);
    }
  });

  it("two changes of a year's registration saved at once from the same version: one stands, the other is shown it", async () => {
    const [a, b] = [await callerFor("county-xinzheng"), await callerFor("admin")];
    for (let i = 0; i < ROUNDS; i++) {
      const m = await member();
      await a.member.register({ memberId: m.id, year: 2024, status: "REGISTERED", reason: "", version: null });
      const reasons = ["外出务工", "联系不上"];
      const { won, lost } = await oneWins(reasons.map((reason, k) => [a, b][k]!.member.register({ memberId: m.id, year: 2024, status: "NOT_REGISTERED", reason, version: 1 })));
      expect(lost).toMatchObject({ code: "CONFLICT", message: "common.conflictBoth", cause: { current: { year: 2024, status: "NOT_REGISTERED", reason: reasons[won], version: 2 } } });
      const rows = await testDb().memberRegistration.findMany({ where: { memberId: m.id }, select: { reason: true, version: true } });
      expect(rows).toEqual([{ reason: reasons[won], version: 2 }]);
      expect(await testDb().auditEntry.count({ where: { entityId: m.id, action: "registration" } })).toBe(2);
    }
  });

  it("two first saves of a region's statistics for a year: the second gets a version conflict with the stored values", async () => {
    const [a, b] = [await callerFor("county-toksun"), await callerFor("admin")];
    const used = new Set((await testDb().regionStat.findMany({ where: { regionId: "r650422" }, select: { year: true } })).map((s) => s.year));
    const years = Array.from({ length: 60 }, (_, i) => 2040 + i).filter((y) => !used.has(y)).slice(0, ROUNDS);
    for (const year of years) {
      const input = (n: number) => ({ regionId: "r650422", year, residentYouth: n, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: n, version: null });
      const calls = [a.stat.save(input(100)), b.stat.save(input(200))];
      const settled = await Promise.allSettled(calls);
      expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
      const lost = settled.find((s) => s.status === "rejected") as PromiseRejectedResult;
      const won = (settled.find((s) => s.status === "fulfilled") as PromiseFulfilledResult<{ residentYouth: number | null }>).value;
      expect(lost.reason).toMatchObject({ code: "CONFLICT", cause: { current: { year, residentYouth: won.residentYouth, version: 1 } } });
      expect(await testDb().regionStat.count({ where: { regionId: "r650422", year } })).toBe(1);
    }
  });
});
