/**
 * Two people deciding the same thing at the same moment: exactly one wins, every time, and the
 * other is told who decided. Run on PostgreSQL, where the calls really overlap; the embedded
 * database serves one query at a time, so there the test says why it does not run (and in CI,
 * where a PostgreSQL is always given, it must run).
 */
import { describe, expect, it } from "vitest";
import { callerFor, outcome, testDb } from "./helpers";

const embedded = !process.env.DATABASE_URL;
if (embedded && process.env.CI) throw new Error("The concurrency test needs PostgreSQL in CI: set DATABASE_URL.");
if (embedded) console.log("concurrency.int.test: skipped on the embedded database (one connection, nothing overlaps); it runs against PostgreSQL.");
const suite = embedded ? describe.skip : describe;

const ROUNDS = 8;
const HENGYANG_ORG = "o430421002004";
let serial = Math.floor(Math.random() * 1e6);

async function member(over: Record<string, unknown> = {}) {
  const n = `2019${String(Date.now() % 1e3).padStart(3, "0")}${String(++serial % 1e5).padStart(5, "0")}`;
  return (await callerFor("county-xinzheng")).member.create({
    name: "并发测试", gender: "MALE", birthDate: "2000-01-01", idNumber: null, phone: null,
    developmentNumber: n, joinedOn: "2019-05-04", category: "SOCIAL", organisationId: "o410184004003",
    archiveCertifiedOn: null, holdsPost: false, partyAppliedOn: null, recommendedOn: null,
    activistOn: null, developmentTargetOn: null, admittedOn: null, ...over,
  });
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
