import { addDays, todayInBeijing } from "@/lib/time";
import { describe, expect, it } from "vitest";
import { translateMessage, translator } from "@/lib/i18n";
import { ZCreateOrgInput, ZSetOrgStatusInput, type TCreateOrgInput } from "./schema";

const valid: TCreateOrgInput = {
  name: "龙湖镇东庄村团支部",
  type: "BRANCH",
  domain: "RURAL",
  setupMode: "PARTY_LED",
  regionId: "r410184009001",
  parentId: null,
  foundedOn: "2021-05-04",
  termStartedOn: "2021-05-04",
  note: "",
  quota: null,
};

/** The message the user reads beside the field, in Chinese and in English. */
function messages(input: unknown, field: string) {
  const r = ZCreateOrgInput.safeParse(input);
  if (r.success) return null;
  const issue = r.error.issues.find((i) => i.path[0] === field);
  if (!issue) return null;
  return { zh: translateMessage(translator("zh"), issue.message), en: translateMessage(translator("en"), issue.message) };
}

describe("organisation input", () => {
  it("accepts a complete record", () => expect(ZCreateOrgInput.safeParse(valid).success).toBe(true));
  it("trims the name", () => expect(ZCreateOrgInput.parse({ ...valid, name: "  东庄村团支部 " }).name).toBe("东庄村团支部"));
  it("a one-character name", () =>
    expect(messages({ ...valid, name: "团" }, "name")).toEqual({ zh: "名称至少 2 个字。", en: "The name needs at least 2 characters." }));
  it("a name over 80 characters", () => expect(messages({ ...valid, name: "团".repeat(81) }, "name")?.zh).toBe("名称不能超过 80 个字。"));
  it("an unknown type", () => expect(messages({ ...valid, type: "CLUB" }, "type")?.zh).toBe("请选择一项。"));
  it("no region", () => expect(messages({ ...valid, regionId: "" }, "regionId")?.zh).toBe("必填。"));
  it("a malformed date", () => expect(messages({ ...valid, foundedOn: "2021-13-45" }, "foundedOn")?.zh).toBe("请输入有效日期（年-月-日）。"));
  it("a date in the future", () => expect(messages({ ...valid, foundedOn: addDays(todayInBeijing(), 3), termStartedOn: null }, "foundedOn")?.en).toBe("The date cannot be later than today."));
  it("a term that starts before the founding", () =>
    expect(messages({ ...valid, foundedOn: "2021-05-04", termStartedOn: "2020-01-01" }, "termStartedOn")?.zh).toBe("任期开始日期不能早于成立日期。"));
  it("a note over 500 characters", () => expect(messages({ ...valid, note: "x".repeat(501) }, "note")?.zh).toBe("内容过长（最多 500 字）。"));
  it("a status change needs a reason", () => {
    const r = ZSetOrgStatusInput.safeParse({ id: "o1", version: 1, status: "MERGED", reason: " " });
    expect(r.success).toBe(false);
    expect(translateMessage(translator("zh"), r.error?.issues[0]?.message ?? "")).toBe("请填写变更原因（至少 2 个字）。");
  });
});
