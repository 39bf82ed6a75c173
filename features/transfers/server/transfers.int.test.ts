import { describe, expect, it } from "vitest";
import { callerFor, fieldMessage, outcome, testDb } from "@/server/test/helpers";

/** A fresh member of 新郑市 to move around, with an ID number and a phone to keep out of sight. */
async function newMember(org = "o410184004003") {
  const n = `2024${String(Date.now() % 1e4).padStart(4, "0")}${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`;
  return (await callerFor("county-xinzheng")).member.create({
    name: "转接团员", gender: "FEMALE", birthDate: "2003-01-01", idNumber: null, phone: "13912345678",
    developmentNumber: n, joinedOn: "2024-05-04", category: "SOCIAL", organisationId: org,
    archiveCertifiedOn: "2024-05-10", holdsPost: false, partyAppliedOn: null,
    recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null,
  });
}
const HENGYANG_ORG = "o430421002004";
/** An organisation of 龙湖镇 (the township cadre's township) and one of another township of 新郑市. */
const LONGHU_ORG = "o410184009005";
const OTHER_TOWNSHIP_ORG = "o410184004003";

describe("relation transfers need both sides", () => {
  it("新郑市 starts, 衡阳县 accepts: the member moves and both sides' histories show it", async () => {
    const m = await newMember();
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    const t = await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "务工迁居" });
    expect(t.status).toBe("PENDING");
    expect(await outcome(hy.member.get({ id: m.id }))).toBe("NOT_FOUND");
    // The starting side cannot answer its own request.
    expect(await outcome(xz.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("FORBIDDEN");
    // Until it completes the receiving side sees a masked name, the number and the organisation only.
    const incoming = (await hy.transfer.list({ countyCode: "430421", side: "in" })).items.find((x) => x.id === t.id)!;
    expect(incoming.member).toEqual({ id: null, name: "转**员", developmentNumber: m.developmentNumber });
    expect(JSON.stringify(incoming)).not.toContain("13912345678");
    expect(incoming.canAnswer).toBe(true);
    expect(incoming.canWithdraw).toBe(false);
    await hy.transfer.decide({ transferId: t.id, approve: true, comment: "" });

    const moved = await hy.member.get({ id: m.id });
    expect(moved.member.organisationId).toBe(HENGYANG_ORG);
    expect(moved.member.phone).toBe("13912345678");
    expect(moved.history.map((h) => h.action)).toEqual(expect.arrayContaining(["transfer", "create"]));
    expect(moved.memberships.map((x) => x.endReason)).toEqual([null, "TRANSFER"]);
    expect(await outcome(xz.member.get({ id: m.id }))).toBe("NOT_FOUND");
    expect((await xz.org.get({ id: "o410184004003" })).history[0]).toMatchObject({ action: "transferOut" });
    expect((await hy.org.get({ id: HENGYANG_ORG })).history[0]).toMatchObject({ action: "transferIn" });
    expect((await xz.transfer.list({ countyCode: "410184", side: "out" })).items.find((x) => x.id === t.id)?.status).toBe("APPROVED");
    expect((await hy.transfer.list({ countyCode: "430421", side: "in" })).items.find((x) => x.id === t.id)?.member.name).toBe("转接团员");
  });

  it("the receiving side asks by number and name; the member's side must release; the answer says nothing of the member", async () => {
    const m = await newMember();
    const hy = await callerFor("county-hengyang");
    const xz = await callerFor("county-xinzheng");
    expect(await fieldMessage(hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: "别人", toOrgId: HENGYANG_ORG, note: "" }), "developmentNumber")).toBe("transfer.memberNotFound");
    const t = await hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: HENGYANG_ORG, note: "" });
    expect(Object.keys(t).sort()).toEqual(["id", "status"]);
    expect(t.status).toBe("PENDING");
    // The receiving side cannot approve its own request any more.
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("FORBIDDEN");
    expect(await outcome(hy.member.get({ id: m.id }))).toBe("NOT_FOUND");
    const outgoing = (await xz.transfer.list({ countyCode: "410184", side: "out" })).items.find((x) => x.id === t.id)!;
    expect(outgoing.canAnswer).toBe(true);
    expect(outgoing.member.name).toBe(m.name);
    await xz.transfer.decide({ transferId: t.id, approve: true, comment: "" });
    expect((await hy.member.get({ id: m.id })).member.organisationId).toBe(HENGYANG_ORG);
    expect(await fieldMessage(hy.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: "o410184004003", note: "" }), "toOrgId")).toBe("v.orgOutside");
  });

  it("a township cadre acts for its township's side only; a request reaching outside waits for the county", async () => {
    const m = await newMember(OTHER_TOWNSHIP_ORG);
    const township = await callerFor("township-xinzheng");
    const t = await township.transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: LONGHU_ORG, note: "" });
    expect(t.status).toBe("PENDING");
    expect(await outcome(township.member.get({ id: m.id }))).toBe("NOT_FOUND");
    expect(await outcome(township.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("FORBIDDEN");
    await (await callerFor("county-xinzheng")).transfer.decide({ transferId: t.id, approve: true, comment: "" });
    expect((await township.member.get({ id: m.id })).member.organisationId).toBe(LONGHU_ORG);
  });

  it("where one account acts for both sides, its request is enough", async () => {
    const m = await newMember();
    const t = await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: LONGHU_ORG, note: "" });
    expect(t.status).toBe("APPROVED");
    expect((await (await callerFor("county-xinzheng")).member.get({ id: m.id })).member.organisationId).toBe(LONGHU_ORG);
  });

  it("the starter may withdraw an open request; the other side may not; a closed one cannot be withdrawn", async () => {
    const m = await newMember();
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    const t = await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    expect(await outcome(hy.transfer.withdraw({ transferId: t.id }))).toBe("FORBIDDEN");
    expect((await xz.transfer.withdraw({ transferId: t.id })).status).toBe("WITHDRAWN");
    expect(await outcome(xz.transfer.withdraw({ transferId: t.id }))).toBe("CONFLICT");
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("CONFLICT");
    // The member is free for a new request.
    expect((await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" })).status).toBe("PENDING");
  });

  it("refusing needs a reason; a late answer is told who answered first and when", async () => {
    const m = await newMember();
    const t = await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    const hy = await callerFor("county-hengyang");
    expect(await fieldMessage(hy.transfer.decide({ transferId: t.id, approve: false, comment: "" }), "comment")).toBe("transfer.reasonRequired");
    await hy.transfer.decide({ transferId: t.id, approve: false, comment: "查无此人" });
    const late = await hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }).catch((e: { message: string; cause?: { params?: Record<string, string> } }) => e);
    expect(late).toMatchObject({ message: "transfer.already.REJECTED", cause: { params: { who: "衡阳县团县委" } } });
    expect((await (await callerFor("county-xinzheng")).member.get({ id: m.id })).member.organisationId).toBe("o410184004003");
  });

  it("a request nobody answers in time expires", async () => {
    const m = await newMember();
    const t = await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    await testDb().memberTransfer.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const hy = await callerFor("county-hengyang");
    expect((await hy.transfer.list({ countyCode: "430421", side: "in" })).items.find((x) => x.id === t.id)).toMatchObject({ status: "EXPIRED", canAnswer: false });
    // Reading writes nothing, and a decision on it loses.
    const stored = () => testDb().memberTransfer.findUniqueOrThrow({ where: { id: t.id }, select: { status: true } });
    expect(await stored()).toEqual({ status: "PENDING" });
    expect(await outcome(hy.transfer.decide({ transferId: t.id, approve: true, comment: "" }))).toBe("CONFLICT");
    // A new request for the member marks it expired inside its own write and goes in.
    await (await callerFor("county-xinzheng")).transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    expect(await stored()).toEqual({ status: "EXPIRED" });
  });

  it("one open request per member; the same organisation is refused", async () => {
    const m = await newMember();
    const xz = await callerFor("county-xinzheng");
    expect(await fieldMessage(xz.transfer.request({ memberId: m.id, toOrgId: "o410184004003", note: "" }), "toOrgId")).toBe("transfer.sameOrg");
    await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" });
    expect(await fieldMessage(xz.transfer.request({ memberId: m.id, toOrgId: "o410184005004", note: "" }), "memberId")).toBe("transfer.pending");
    expect(await fieldMessage((await callerFor("county-hengyang")).transfer.requestIn({ developmentNumber: m.developmentNumber, name: m.name, toOrgId: HENGYANG_ORG, note: "" }), "developmentNumber")).toBe("transfer.pending");
  });

  it("a graduate goes to the township's school-to-society branch, at once where one account holds both", async () => {
    const m = await newMember("s410184004");
    const r = await (await callerFor("county-xinzheng")).transfer.graduate({ memberId: m.id });
    expect(r.status).toBe("APPROVED");
    const after = await (await callerFor("county-xinzheng")).member.get({ id: m.id });
    expect(after.member.organisation.name).toContain("学社衔接临时团支部");
  });

  it("the destination search lists organisations anywhere by name, type, township and county only", async () => {
    const found = await (await callerFor("township-xinzheng")).transfer.destinations({ q: "衡阳县" });
    expect(found.items.length).toBeGreaterThan(0);
    for (const o of found.items) expect(Object.keys(o).sort()).toEqual(["county", "id", "name", "township", "type"]);
  });

  it("reviewers cannot request or answer; nobody sees another county's transfers", async () => {
    const m = await newMember();
    const rv = await callerFor("reviewer-zhengzhou");
    expect(await outcome(rv.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "" }))).toBe("FORBIDDEN");
    expect(await outcome(rv.transfer.list({ countyCode: "410184" }))).toBe("OK");
    expect(await outcome(rv.transfer.list({ countyCode: "430421" }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("county-toksun")).transfer.list({ countyCode: "410184" }))).toBe("NOT_FOUND");
  });
});
