import { describe, expect, it } from "vitest";
import { callerFor, fieldMessage, outcome, testDb } from "../test/helpers";

/** A fresh member of 新郑市 to move around. */
async function newMember(org = "o410184004003") {
  const dev = `2024${String(Date.now() % 1e8).padStart(8, "0")}`.slice(0, 12);
  const n = `${dev.slice(0, 6)}${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return (await callerFor("county-xinzheng")).member.create({
    name: "转接团员", gender: "FEMALE", birthDate: "2003-01-01", idNumber: null, phone: null,
    developmentNumber: n, joinedOn: "2024-05-04", category: "SOCIAL", organisationId: org,
    archiveCertified: true, registeredYear: null, holdsPost: false, partyAppliedOn: null,
    recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null,
  });
}
const HENGYANG_ORG = "o430421002004";

describe("relation transfers", () => {
  it("新郑市 asks, 衡阳县 approves: the member moves and both sides' histories show it", async () => {
    const m = await newMember();
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    const t = await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "务工迁居" });
    expect(await outcome(hy.member.get({ id: m.id }))).toBe("NOT_FOUND");
    // Only the receiving side decides.
    expect(await outcome(xz.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("NOT_FOUND");
    expect((await hy.transfer.list({ countyCode: "430421" })).incoming.map((x) => x.id)).toContain(t.id);
    await hy.transfer.decide({ transferId: t.id, approve: true, comment: "" });

    const moved = await hy.member.get({ id: m.id });
    expect(moved.member.organisationId).toBe(HENGYANG_ORG);
    expect(moved.history.map((h) => h.action)).toEqual(expect.arrayContaining(["transfer", "create"]));
    expect(await outcome(xz.member.get({ id: m.id }))).toBe("NOT_FOUND");
    const out = await xz.org.get({ id: "o410184004003" });
    expect(out.history[0]).toMatchObject({ action: "transferOut" });
    const inn = await hy.org.get({ id: HENGYANG_ORG });
    expect(inn.history[0]).toMatchObject({ action: "transferIn" });
    expect((await xz.transfer.list({ countyCode: "410184" })).outgoing.find((x) => x.id === t.id)?.status).toBe("APPROVED");
  });

  it("rejecting needs a reason; a decided request cannot be decided again", async () => {
    const m = await newMember();
    const t = await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    const hy = await callerFor("county-hengyang");
    expect(await fieldMessage(hy.transfer.decide({ transferId: t.id, approve: false, comment: "" }), "comment")).toBe("transfer.reasonRequired");
    await hy.transfer.decide({ transferId: t.id, approve: false, comment: "查无此人" });
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("CONFLICT");
    expect((await (await callerFor("county-xinzheng")).member.get({ id: m.id })).member.organisationId).toBe("o410184004003");
  });

  it("a request nobody decides in time expires", async () => {
    const m = await newMember();
    const t = await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    await testDb().memberTransfer.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const hy = await callerFor("county-hengyang");
    expect((await hy.transfer.list({ countyCode: "430421" })).incoming.find((x) => x.id === t.id)?.status).toBe("EXPIRED");
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("CONFLICT");
  });

  it("one pending request per member; the same organisation is refused", async () => {
    const m = await newMember();
    const xz = await callerFor("county-xinzheng");
    expect(await fieldMessage(xz.transfer.request({ memberId: m.id, toOrgId: "o410184004003", note: "" }), "toOrgId")).toBe("transfer.sameOrg");
    await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    expect(await fieldMessage(xz.transfer.request({ memberId: m.id, toOrgId: "o410184005004", note: "" }), "memberId")).toBe("transfer.pending");
  });

  it("the receiving side can ask for a member by number and name, both matching", async () => {
    const m = await newMember();
    const hy = await callerFor("county-hengyang");
    expect(await fieldMessage(hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: "别人", toOrgId: HENGYANG_ORG, note: "" }), "developmentNumber")).toBe("transfer.memberNotFound");
    const t = await hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: HENGYANG_ORG, note: "" });
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("OK");
    expect(await fieldMessage(hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: "o410184004003", note: "" }), "toOrgId")).toBe("v.orgOutside");
  });

  it("a graduate goes to the township's school-to-society branch at once", async () => {
    const m = await newMember("s410184004");
    const r = await (await callerFor("county-xinzheng")).transfer.graduate({ memberId: m.id });
    expect(r.status).toBe("APPROVED");
    const after = await (await callerFor("county-xinzheng")).member.get({ id: m.id });
    expect(after.member.organisation.name).toContain("学社衔接临时团支部");
  });

  it("reviewers cannot request or decide; nobody sees another county's transfers", async () => {
    const m = await newMember();
    const rv = await callerFor("reviewer-zhengzhou");
    expect(await outcome(rv.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" }))).toBe("FORBIDDEN");
    expect(await outcome(rv.transfer.list({ countyCode: "410184" }))).toBe("OK");
    expect(await outcome(rv.transfer.list({ countyCode: "430421" }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-toksun")).transfer.list({ countyCode: "410184" }))).toBe("NOT_FOUND");
  });
});
