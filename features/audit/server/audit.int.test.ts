import { describe, expect, it } from "vitest";
import { ENTITY_ENUM_PREFIXES, ENUM_PREFIXES, actionLabel, enumLabel, fieldLabel, fieldValue } from "@/components/ui/field-value";
import { translator } from "@/lib/i18n";
import type { TCreateOrgInput } from "@/features/orgs/schema";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import { callerFor, testDb, unique } from "@/server/test/helpers";
import { listHistory } from "./audit";

// A village of 城关乡 (新郑市) that already has a branch, so another one changes no coverage figure.
const CHENGGUAN_VILLAGE = "r410184004003";
const HENGYANG_ORG = "o430421002004";
let serial = Math.floor(Math.random() * 9_000_000);

const orgInput = (over: Partial<TCreateOrgInput> = {}): TCreateOrgInput => ({
  name: unique("测试历史团支部"), type: "BRANCH", domain: "RURAL", setupMode: "PARTY_LED", regionId: CHENGGUAN_VILLAGE,
  parentId: null, foundedOn: "2024-05-04", termStartedOn: "2024-05-04", note: "", quota: null, ...over,
});
const memberInput = (over: Record<string, unknown> = {}) => ({
  name: "历史团员", gender: "FEMALE" as const, birthDate: "2003-01-01", idNumber: null, phone: null,
  developmentNumber: `20249${String(++serial).padStart(7, "0")}`, joinedOn: "2024-05-04", category: "SOCIAL" as const,
  organisationId: "o410184004003", archiveCertifiedOn: null, holdsPost: false, partyAppliedOn: null,
  recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null, ...over,
});
// Cadres and coverage units go to a generated county (鄯善县), so no published staffing or
// coverage figure moves.
const SHANSHAN_TOWNSHIP = "r650421002000";
const cadreInput = {
  name: "历史干部", gender: "MALE" as const, birthDate: "1995-06-01", idNumber: null, phone: null, education: "BACHELOR" as const,
  staffingType: "PART_TIME" as const, source: "TEACHER" as const, inVillageCommittees: false,
  position: { organisationId: "o650421001001", post: "COMMITTEE_MEMBER" as const, startedOn: "2024-01-01" },
};
const entries = (entityId: string) => testDb().auditEntry.count({ where: { entityId } });

describe("history holds real changes only", () => {
  it("saving a record without changing anything writes no history entry", async () => {
    const c = await callerFor("county-xinzheng");
    const input = orgInput();
    const org = await c.org.create(input);
    await c.org.update({ ...input, id: org.id, version: org.version });
    expect(await entries(org.id)).toBe(1);

    const member = memberInput();
    const m = await c.member.create(member);
    await c.member.update({ ...member, id: m.id, version: m.version });
    expect(await entries(m.id)).toBe(1);

    const admin = await callerFor("admin");
    const cadre = await admin.cadre.create(cadreInput);
    const { position: _p, ...fields } = cadreInput;
    await admin.cadre.update({ ...fields, id: cadre.id, version: cadre.version });
    expect(await entries(cadre.id)).toBe(1);

    const home = { id: null, version: null, name: unique("历史青年之家"), regionId: SHANSHAN_TOWNSHIP, organisationId: null, address: "", openedOn: null, entityRun: true };
    const saved = (await admin.coverage.saveYouthHome(home)) as { id: string; version: number };
    await admin.coverage.saveYouthHome({ ...home, id: saved.id, version: saved.version });
    expect(await entries(saved.id)).toBe(1);

    // A real change is still written, and only the field that changed is shown.
    await c.org.update({ ...input, note: "补记", id: org.id, version: org.version + 1 });
    const { history } = await c.org.get({ id: org.id });
    expect(history.map((h) => h.action)).toEqual(["update", "create"]);
    expect(history[0]!.changes).toEqual([{ field: "note", before: "", after: "补记" }]);
  });

  it("entries written earlier with nothing that differs are left out; creations and imports stay", async () => {
    const c = await callerFor("county-xinzheng");
    const org = await c.org.create(orgInput());
    const created = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: org.id }, select: { actorId: true, after: true } });
    const snapshot = created.after as Prisma.InputJsonObject;
    const base = { actorId: created.actorId, entity: "Organisation", entityId: org.id, countyId: "r410184" };
    await testDb().auditEntry.createMany({
      data: [
        { ...base, action: "update", before: snapshot, after: snapshot },
        { ...base, action: "update", before: { ...snapshot, version: 1 }, after: { ...snapshot, version: 2 } },
        { ...base, action: "status", before: { ...snapshot, note: null }, after: { ...snapshot, note: "" } },
        { ...base, action: "import", after: { name: org.name } },
      ],
    });
    const history = await listHistory(testDb(), "Organisation", org.id);
    expect(history.map((h) => h.action).sort()).toEqual(["create", "import"]);
    expect((await c.org.get({ id: org.id })).history).toHaveLength(2);
  });
});

describe("every change in a record's history reads in words", () => {
  it("fields, enumerated values and actions written by the services all have labels, in both languages", async () => {
    const xz = await callerFor("county-xinzheng");
    const hy = await callerFor("county-hengyang");
    const admin = await callerFor("admin");

    const org = await xz.org.create(orgInput());
    await xz.org.update({ ...orgInput({ name: org.name, domain: "NON_PUBLIC_ENTERPRISE", setupMode: "INDUSTRY_CHAIN", type: "JOINT_BRANCH" }), id: org.id, version: 1 });
    await xz.org.setStatus({ id: org.id, version: 2, status: "RECTIFYING", reason: "班子不全" });

    const m = await xz.member.create(memberInput({ partyAppliedOn: "2024-06-01", recommendedOn: "2024-07-01" }));
    await xz.pipeline.decide({ memberId: m.id, approve: true, comment: "表现突出" });
    const t = await xz.transfer.request({ memberId: m.id, toOrgId: HENGYANG_ORG, note: "务工迁居" });
    await hy.transfer.decide({ transferId: t.id, approve: false, comment: "信息不符" });

    const cadre = await admin.cadre.create(cadreInput);
    await admin.cadre.addPosition({ cadreId: cadre.id, version: cadre.version, organisationId: "o650421001000", post: "DEPUTY_SECRETARY", startedOn: "2024-06-01" });

    const school = (await admin.coverage.saveSchool({ id: null, version: null, name: unique("历史中学"), kind: "VOCATIONAL", regionId: SHANSHAN_TOWNSHIP, organisationId: null, hasLeagueSchool: true, leagueSchoolLevel: "COUNTY" })) as { id: string; version: number; name: string };
    await admin.coverage.saveSchool({ id: school.id, version: school.version, name: school.name, kind: "VOCATIONAL", regionId: SHANSHAN_TOWNSHIP, organisationId: null, hasLeagueSchool: true, leagueSchoolLevel: "PROVINCE" });
    const unit = (await admin.coverage.saveUnit({ id: null, version: null, name: unique("历史公司"), kind: "SOCIAL_ORGANISATION", regionId: SHANSHAN_TOWNSHIP, organisationId: null, memberCount: 3, youngStaffCount: 20 })) as { id: string };

    const histories = [
      ...(await xz.org.get({ id: org.id })).history,
      ...(await xz.member.get({ id: m.id })).history,
      ...(await admin.cadre.get({ id: cadre.id })).history,
      ...(await admin.coverage.history({ kind: "school", id: school.id })),
      ...(await admin.coverage.history({ kind: "unit", id: unit.id })),
    ];
    const seen = new Set(histories.flatMap((h) => h.changes.map((c) => `${h.entity}.${c.field}`)));
    for (const f of ["Organisation.type", "Organisation.status", "Member.recommendationStatus", "Member.transfer", "Cadre.positions", "School.leagueSchoolLevel", "Unit.kind"]) {
      expect(seen, f).toContain(f);
    }

    for (const locale of ["zh", "en"] as const) {
      const t = translator(locale);
      const unlabelled: string[] = [];
      for (const h of histories) {
        if (/^\w+(\.\w+)+$/.test(actionLabel(t, h.action))) unlabelled.push(`action ${h.action}`);
        for (const c of h.changes) {
          if (fieldLabel(t, c.field, h.entity) === c.field) unlabelled.push(`field ${h.entity}.${c.field}`);
          const enumerated = ENTITY_ENUM_PREFIXES[h.entity]?.[c.field] ?? ENUM_PREFIXES[c.field];
          for (const v of [c.before, c.after]) {
            if (typeof v !== "string" || v === "") continue;
            if (enumerated && !enumLabel(t, c.field, v, h.entity)) unlabelled.push(`value ${h.entity}.${c.field} = ${v}`);
            // No code such as NONE or COMMITTEE_MEMBER may reach the page, whatever the field.
            const shown = fieldValue(t, c.field, v, h.entity);
            if (/\b[A-Z]{2,}(_[A-Z]+)*\b/.test(shown)) unlabelled.push(`shown ${h.entity}.${c.field} = ${shown}`);
          }
        }
      }
      expect(unlabelled, locale).toEqual([]);
    }

    const zh = translator("zh");
    const memberHistory = (await xz.member.get({ id: m.id })).history;
    const shown = memberHistory.flatMap((h) => h.changes.map((c) => `${fieldLabel(zh, c.field, "Member")}:${fieldValue(zh, c.field, c.after, "Member")}`));
    expect(shown).toEqual(expect.arrayContaining(["推优审核:上级已同意", "关系转接:待对方确认", "关系转接:已退回"]));
  });
});
