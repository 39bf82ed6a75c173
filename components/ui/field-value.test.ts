import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey, translator, type TLocale } from "@/lib/i18n";
import { actionLabel, enumLabel, fieldLabel, fieldValue } from "./field-value";

describe("field values as the user reads them", () => {
  const t = translator("zh");
  it("labels enumerations by field, in words for yes/no, a dash for none", () => {
    expect(fieldValue(t, "status", "ACTIVE")).toBe("正常运行");
    expect(fieldValue(t, "kind", "MIDDLE")).toBe("中学");
    expect(fieldValue(t, "kind", "SOCIAL_ORGANISATION")).toBe("社会组织");
    expect(fieldValue(t, "leagueSchoolLevel", "NATIONAL")).toBe("全国示范");
    expect(fieldValue(t, "archiveCertified", true)).toBe("是");
    expect(fieldValue(t, "note", "")).toBe("—");
    expect(fieldValue(t, "registeredYear", 2021)).toBe("2021");
    expect(fieldValue(t, "name", "ACTIVE")).toBe("ACTIVE");
  });
  it("a field reads in the sense of its record: a member's status is not an organisation's", () => {
    expect(fieldValue(t, "status", "ACTIVE", "Member")).toBe("在团");
    expect(fieldValue(t, "status", "ACTIVE", "Organisation")).toBe("正常运行");
    expect(fieldLabel(t, "status", "Member")).toBe("团员状态");
    expect(fieldLabel(t, "status", "Organisation")).toBe("状态");
  });
  it("recommendation decisions and transfer steps read as words", () => {
    expect(fieldValue(t, "recommendationStatus", "NONE", "Member")).toBe("未推优");
    expect(fieldValue(t, "transfer", "requested", "Member")).toBe("已申请");
    expect(fieldValue(translator("en"), "recommendationStatus", "PENDING")).toBe("Awaiting decision");
  });
  it("a cadre's posts name each post by its label", () => {
    expect(fieldValue(t, "positions", "共青团新郑市龙湖镇委员会 SECRETARY 2021-05-04–; 东庄村团支部 COMMITTEE_MEMBER 2019-01-01–2021-05-03")).toBe(
      "共青团新郑市龙湖镇委员会 书记 2021-05-04–; 东庄村团支部 委员 2019-01-01–2021-05-03",
    );
  });
  it("an action without a label of its own reads as a change, never as a catalogue key", () => {
    expect(actionLabel(t, "update")).toBe("修改");
    expect(actionLabel(t, "somethingNew")).toBe("变更记录");
    expect(actionLabel(translator("en"), "somethingNew")).toBe("changed");
  });
});

/**
 * The schema's enumerations and the fields of every record whose history is shown, read from
 * prisma/schema.prisma so that a value or column added later without a label fails here.
 */
function schema() {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const enums = new Map<string, string[]>();
  for (const [, name, body] of text.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(name!, body!.split("\n").map((l) => l.trim()).filter((l) => /^[A-Z_]+$/.test(l)));
  }
  const models = new Map<string, { field: string; type: string }[]>();
  for (const [, name, body] of text.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const fields = body!
      .split("\n")
      .map((l) => l.trim().match(/^(\w+)\s+(\w+)/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ field: m[1]!, type: m[2]! }));
    models.set(name!, fields);
  }
  return { enums, models };
}

/** Records with a history page, and the rows their histories are written from. */
const RECORDS = ["Organisation", "Member", "Cadre", "CadrePosition", "MemberTransfer", "School", "Unit", "YouthHome", "RegionStat"];
/** Columns that never reach a history: keys, bookkeeping, and links shown by name instead. */
const BOOKKEEPING = /^(id|\w+Id|\w+ById|synthetic|version|createdAt|updatedAt|path|code)$/;
const SCALARS = new Set(["String", "Int", "Float", "Boolean", "DateTime", "Json", "BigInt", "Decimal"]);
/** Names the services' snapshots use beside the columns (grep writeAudit and the import writers). */
const SNAPSHOT_NAMES = ["organisation", "region", "parent", "positions", "post", "reason", "transfer", "to", "from", "member", "note", "value", "target", "green", "amber", "baselineYear"];
/** Values of the member snapshot's "transfer" field, as features/transfers/server/transfers.ts writes them. */
const TRANSFER_STEPS = ["requested", "approved", "rejected"];
/** Every action the services write now, and those the transfer rework adds. */
const ACTIONS = ["create", "update", "status", "position", "import", "transfer", "transferIn", "transferOut", "withdraw", "release", "accept", "leave", "registration"];

/** A label, not the raw value nor a catalogue key the language lacks ("memberStatus.LEFT"). */
const isLabel = (label: string | null, raw: string) => label !== null && label !== raw && !/^\w+(\.\w+)+$/.test(label);

describe.each<TLocale>(["zh", "en"])("every value a history can hold has a label (%s)", (locale) => {
  const t = translator(locale);
  const { enums, models } = schema();

  it("every value of every enumerated column of a recorded row", () => {
    const missing: string[] = [];
    for (const model of RECORDS) {
      for (const { field, type } of models.get(model) ?? []) {
        for (const value of enums.get(type) ?? []) {
          if (!isLabel(enumLabel(t, field, value, model), value)) missing.push(`${model}.${field} = ${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every column of a recorded row, and every name a snapshot adds", () => {
    const fields = RECORDS.filter((m) => m !== "CadrePosition" && m !== "MemberTransfer").flatMap((model) =>
      (models.get(model) ?? []).filter((f) => (SCALARS.has(f.type) || enums.has(f.type)) && !BOOKKEEPING.test(f.field)).map((f) => [model, f.field] as const),
    );
    expect(fields.length).toBeGreaterThan(40);
    const missing = [...fields, ...SNAPSHOT_NAMES.map((f) => [undefined, f] as const)].filter(([model, f]) => !isLabel(fieldLabel(t, f, model), f));
    expect(missing).toEqual([]);
  });

  it("every step a transfer records and every action", () => {
    expect(TRANSFER_STEPS.filter((s) => !isLabel(enumLabel(t, "transfer", s, "Member"), s))).toEqual([]);
    expect(ACTIONS.filter((a) => !isMessageKey(`org.action.${a}`) || /^\w+(\.\w+)+$/.test(actionLabel(t, a)))).toEqual([]);
  });
});
