import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { idCheckChar } from "@/lib/validation/identity";
import type { ZCreateCadreInput } from "@/features/cadres/schema";
import type { ZCreateMemberInput } from "@/features/members/schema";
import { callerFor, fieldMessage, outcome, testDb } from "@/server/test/helpers";

let seq = 100 + Math.floor(Math.random() * 800);
/** A valid ID number for the birth date, unique within the run. */
function idFor(birth: string, female = true) {
  for (;;) {
    seq = (seq + 1) % 1000;
    if (seq % 2 !== (female ? 0 : 1)) continue;
    const body = `410184${birth.replace(/-/g, "")}${String(seq).padStart(3, "0")}`;
    return body + idCheckChar(body);
  }
}
let dev = Math.floor(Math.random() * 9_000_000);
const devNumber = (year: number) => `${year}9${String(++dev).padStart(7, "0")}`;

const cadre = (over: Partial<z.input<typeof ZCreateCadreInput>> = {}): z.input<typeof ZCreateCadreInput> => ({
  name: "测试干部",
  gender: "FEMALE",
  birthDate: "1996-04-12",
  idNumber: idFor("1996-04-12"),
  phone: "13912345678",
  education: "BACHELOR",
  staffingType: "PART_TIME",
  source: "COLLEGE_STUDENT",
  inVillageCommittees: false,
  position: { organisationId: "o410184009005", post: "COMMITTEE_MEMBER", startedOn: "2024-01-01" },
  ...over,
});

const member = (over: Partial<z.input<typeof ZCreateMemberInput>> = {}): z.input<typeof ZCreateMemberInput> => ({
  name: "测试团员",
  gender: "MALE",
  birthDate: "2006-03-01",
  idNumber: null,
  phone: null,
  developmentNumber: devNumber(2024),
  joinedOn: "2024-05-04",
  category: "SENIOR_HIGH",
  organisationId: "o410184009005",
  archiveCertifiedOn: "2024-05-10",
  holdsPost: false,
  partyAppliedOn: null,
  recommendedOn: null,
  activistOn: null,
  developmentTargetOn: null,
  admittedOn: null,
  ...over,
});

describe("cadre validation: the message the user sees", () => {
  it("a wrong check digit", async () => {
    const id = idFor("1996-04-12");
    const wrong = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    expect(await fieldMessage((await callerFor("county-xinzheng")).cadre.create(cadre({ idNumber: wrong })), "idNumber")).toBe("v.idChecksum");
  });
  it("an ID number whose birth date differs from the form's", async () => {
    expect(await fieldMessage((await callerFor("county-xinzheng")).cadre.create(cadre({ birthDate: "1996-04-13" })), "idNumber")).toBe("v.idBirthDate");
  });
  it("a malformed phone", async () => {
    expect(await fieldMessage((await callerFor("county-xinzheng")).cadre.create(cadre({ phone: "12345" })), "phone")).toBe("v.phone");
  });
  it("an ID number already recorded", async () => {
    const c = await callerFor("county-xinzheng");
    const input = cadre();
    await c.cadre.create(input);
    expect(await fieldMessage(c.cadre.create({ ...input, name: "另一人" }), "idNumber")).toBe("v.idTaken");
  });
});

describe("personal data leaves the server only for those who must see it", () => {
  it("the county admin of the county and the administrator see raw ID numbers and phones", async () => {
    const created = await (await callerFor("county-xinzheng")).cadre.create(cadre());
    for (const user of ["county-xinzheng", "admin"]) {
      const got = await (await callerFor(user)).cadre.get({ id: created.id });
      expect(got.cadre.idNumber, user).toMatch(/^\d{17}[\dX]$/);
      expect(got.cadre.phone).toBe("13912345678");
    }
  });
  it("reviewers and township cadres get masked values, and the raw ones appear nowhere in the response", async () => {
    const input = cadre();
    const created = await (await callerFor("county-xinzheng")).cadre.create(input);
    await (await callerFor("county-xinzheng")).cadre.update({ ...input, id: created.id, version: 1, phone: "13800001111" });
    // A save on the old version is refused with the values stored now, as the editor may see them.
    await expect((await callerFor("county-xinzheng")).cadre.update({ ...input, id: created.id, version: 1, phone: "13700000000" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { current: { phone: "13800001111", version: 2 } },
    });
    for (const user of ["reviewer-zhengzhou", "township-xinzheng"]) {
      const c = await callerFor(user);
      const got = await c.cadre.get({ id: created.id });
      const list = await c.cadre.list({ countyCode: "410184", q: "测试干部", pageSize: 100 });
      const body = JSON.stringify([got, list]);
      expect(body, user).not.toContain(input.idNumber as string);
      expect(body, user).not.toContain("13912345678");
      expect(body, user).not.toContain("13800001111");
      expect(got.cadre.idNumber).toMatch(/^\d{3}\*+[\dX]{4}$/);
      expect(got.cadre.phone).toBe("138****1111");
      expect(got.history.length).toBeGreaterThan(0);
    }
  });
  it("a county admin of another county cannot read the cadre at all", async () => {
    const created = await (await callerFor("county-xinzheng")).cadre.create(cadre());
    expect(await outcome((await callerFor("county-hengyang")).cadre.get({ id: created.id }))).toBe("NOT_FOUND");
    expect(await outcome((await callerFor("reviewer-hengyang")).cadre.list({ countyCode: "410184" }))).toBe("NOT_FOUND");
  });
  it("member lists are masked for reviewers too", async () => {
    const list = await (await callerFor("reviewer-zhengzhou")).member.list({ countyCode: "410184", pageSize: 50 });
    expect(list.items.length).toBeGreaterThan(0);
    for (const m of list.items) if (m.idNumber) expect(m.idNumber).toContain("*");
  });
});

describe("cadre roles", () => {
  it("reviewers cannot write; a township cadre writes only in their township", async () => {
    expect(await outcome((await callerFor("reviewer-zhengzhou")).cadre.create(cadre()))).toBe("FORBIDDEN");
    const township = await callerFor("township-xinzheng");
    expect(await outcome(township.cadre.create(cadre()))).toBe("OK");
    expect(await fieldMessage(township.cadre.create(cadre({ position: { organisationId: "o410184001000", post: "COMMITTEE_MEMBER", startedOn: "2024-01-01" } })), "organisationId")).toBe("v.orgOutside");
  });
  it("ending a post keeps it as history", async () => {
    const c = await callerFor("county-xinzheng");
    const created = await c.cadre.create(cadre());
    const positionId = created.positions[0]!.id;
    const after = await c.cadre.endPosition({ positionId, endedOn: "2025-01-01" });
    expect(after.positions[0]).toMatchObject({ id: positionId, endedOn: "2025-01-01" });
    // Ending it again is refused, naming who ended it and when.
    await expect(c.cadre.endPosition({ positionId, endedOn: "2025-01-02" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "cadre.positionEndedAlready",
      cause: { params: { who: "新郑市团市委", endedOn: "2025-01-01" } },
    });
  });
});

describe("staffing standards", () => {
  it("新郑市's teams all meet the standard in the demo data; generated counties show their gaps", async () => {
    const admin = await callerFor("admin");
    const xz = await admin.cadre.standards({ countyCode: "410184" });
    expect(xz.township).toMatchObject({ numerator: 15, denominator: 15 });
    expect(xz.village.denominator).toBeGreaterThanOrEqual(296);
    // Only the demo's own teams (tests add branches without cadres elsewhere).
    expect(xz.shortTeams.filter((t) => t.kind === "village" && t.id.startsWith("o410184"))).toEqual([]);
    const generated = await Promise.all(["410122", "410181", "410182", "410183"].map((code) => admin.cadre.standards({ countyCode: code })));
    const gaps = generated.flatMap((g) => g.shortTeams);
    expect(gaps.length).toBeGreaterThan(0);
    for (const team of gaps) expect(team.shortfalls.length).toBeGreaterThan(0);
  });
  it("a team that loses its secretary shows as short, saying what is missing", async () => {
    // A generated county, so the published figures of the others stay as they are.
    const c = await callerFor("admin");
    const db = testDb();
    const position = await db.cadrePosition.findFirstOrThrow({
      where: { countyId: "r430422", post: "SECRETARY", endedOn: null, organisation: { type: "BRANCH", id: { startsWith: "o430422" } } },
      orderBy: { organisationId: "asc" },
    });
    await c.cadre.endPosition({ positionId: position.id, endedOn: "2025-06-30" });
    const s = await c.cadre.standards({ countyCode: "430422" });
    const team = s.shortTeams.find((t) => t.id === position.organisationId);
    expect(team?.shortfalls).toContainEqual({ role: "secretaries", have: 0, min: 1, max: 1 });
  });
});

describe("member rules: the message the user sees", () => {
  const c = () => callerFor("county-xinzheng");
  it("joining before 14", async () => {
    expect(await fieldMessage((await c()).member.create(member({ birthDate: "2012-01-01" })), "joinedOn")).toBe("v.joinAge");
  });
  it("no development number", async () => {
    expect(await fieldMessage((await c()).member.create(member({ developmentNumber: "" })), "developmentNumber")).toBe("v.devNumberRequired");
  });
  it("a development number that is not 12 digits", async () => {
    expect(await fieldMessage((await c()).member.create(member({ developmentNumber: "2021123" })), "developmentNumber")).toBe("v.devNumberFormat");
  });
  it("a development number whose year is not the year of joining", async () => {
    expect(await fieldMessage((await c()).member.create(member({ developmentNumber: devNumber(2020) })), "developmentNumber")).toBe("v.devNumberYear");
  });
  it("a development number already used", async () => {
    const input = member();
    await (await c()).member.create(input);
    expect(await fieldMessage((await c()).member.create({ ...input, name: "别人" }), "developmentNumber")).toBe("v.devNumberTaken");
  });
  it("a pipeline step without the one before, or dated before it", async () => {
    expect(await fieldMessage((await c()).member.create(member({ recommendedOn: "2023-01-01" })), "recommendedOn")).toBe("v.pipelineGap");
    expect(await fieldMessage((await c()).member.create(member({ partyAppliedOn: "2023-05-01", recommendedOn: "2023-01-01" })), "recommendedOn")).toBe("v.pipelineOrder");
  });
  it("a valid member is written with its audit entry; reviewers are refused", async () => {
    const created = await (await c()).member.create(member());
    expect((await (await c()).member.get({ id: created.id })).history[0]).toMatchObject({ action: "create" });
    expect(await outcome((await callerFor("reviewer-zhengzhou")).member.create(member()))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("county-hengyang")).member.get({ id: created.id }))).toBe("NOT_FOUND");
  });
  it("lists those due to leave: over 28 without a post", async () => {
    const list = await (await c()).member.list({ countyCode: "410184", dueToLeave: true, pageSize: 100 });
    const cutoff = new Date();
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 28);
    for (const m of list.items) {
      expect(m.holdsPost).toBe(false);
      expect(m.birthDate <= cutoff.toISOString().slice(0, 10)).toBe(true);
    }
  });
});

describe("masked values are never written back", () => {
  it("a township cadre saving a member with the masked fields left empty keeps the stored ID number and phone", async () => {
    const county = await callerFor("county-xinzheng");
    const township = await callerFor("township-xinzheng");
    const id = idFor("2006-03-01", false);
    const created = await county.member.create(member({ idNumber: id, phone: "13800001111" }));
    const seen = (await township.member.get({ id: created.id })).member;
    expect(seen).toMatchObject({ personalMasked: true });
    expect(seen.idNumber).not.toBe(id);
    const { idNumber: _i, phone: _p, ...fields } = member({ name: "改了姓名" });
    await township.member.update({ ...fields, developmentNumber: created.developmentNumber, id: created.id, version: seen.version });
    const stored = await testDb().member.findUniqueOrThrow({ where: { id: created.id }, select: { idNumber: true, phone: true, name: true } });
    expect(stored).toEqual({ idNumber: id, phone: "13800001111", name: "改了姓名" });
    // Clearing is for those who see the raw value, as an explicit action.
    expect(await fieldMessage(township.member.update({ ...fields, developmentNumber: created.developmentNumber, id: created.id, version: seen.version + 1, phone: null }), "phone")).toBe("v.personalClear");
    // A new value typed by the township cadre is stored.
    await township.member.update({ ...fields, developmentNumber: created.developmentNumber, id: created.id, version: seen.version + 1, phone: "13900002222" });
    expect((await testDb().member.findUniqueOrThrow({ where: { id: created.id }, select: { phone: true } })).phone).toBe("13900002222");
    await county.member.update({ ...fields, developmentNumber: created.developmentNumber, id: created.id, version: seen.version + 2, idNumber: id, phone: null });
    expect(await testDb().member.findUniqueOrThrow({ where: { id: created.id }, select: { idNumber: true, phone: true } })).toEqual({ idNumber: id, phone: null });
  });
  it("the same for a cadre, and a kept ID number must still agree with a changed birth date", async () => {
    const county = await callerFor("county-xinzheng");
    const township = await callerFor("township-xinzheng");
    const id = idFor("1996-04-12");
    const created = await county.cadre.create(cadre({ idNumber: id, phone: "13700003333" }));
    const { idNumber: _i, phone: _p, position: _pos, ...fields } = cadre();
    await township.cadre.update({ ...fields, name: "改名干部", id: created.id, version: created.version });
    expect(await testDb().cadre.findUniqueOrThrow({ where: { id: created.id }, select: { idNumber: true, phone: true } })).toEqual({ idNumber: id, phone: "13700003333" });
    expect(await fieldMessage(township.cadre.update({ ...fields, birthDate: "1997-01-01", id: created.id, version: created.version + 1 }), "birthDate")).toBe("v.idBirthDate");
  });
});
