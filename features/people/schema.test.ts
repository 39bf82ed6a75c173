/**
 * Every roster rule, with the message a user reads beside the field (Chinese, the default).
 */
import { addDays, todayInBeijing } from "@/lib/time";
import { describe, expect, it } from "vitest";
import { translateMessage, translator } from "@/lib/i18n";
import { idCheckChar } from "@/lib/validation/identity";
import { ZCreateCadreInput } from "../cadres/schema";
import { ZCreateMemberInput } from "../members/schema";
import { ZStatInput } from "../statistics/schema";
import { ZDecideTransferInput } from "../transfers/schema";
import { ZSchoolInput, ZUnitInput, ZYouthHomeInput } from "../coverage/schema";

const t = translator("zh");
const body = "41018419950308123";
const ID = body + idCheckChar(body);

const member = {
  name: "张晓雨", gender: "FEMALE", birthDate: "2006-03-01", idNumber: null, phone: null, developmentNumber: "202100000001",
  joinedOn: "2021-05-04", category: "SENIOR_HIGH", organisationId: "o1", archiveCertifiedOn: null, holdsPost: false,
  partyAppliedOn: null, recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null,
};
const cadre = {
  name: "李晓红", gender: "FEMALE", birthDate: "1995-03-08", idNumber: ID, phone: "13912345678", education: "BACHELOR",
  staffingType: "PART_TIME", source: "OTHER", inVillageCommittees: false, position: { organisationId: "o1", post: "SECRETARY", startedOn: "2021-05-04" },
};

function message(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown, field: string) {
  const r = schema.safeParse(input);
  const issue = r.error?.issues.find((i) => i.path.map(String).join(".") === field);
  return issue ? translateMessage(t, issue.message) : null;
}

describe("the valid records pass", () => {
  it("member and cadre", () => {
    expect(ZCreateMemberInput.safeParse(member).success).toBe(true);
    expect(ZCreateCadreInput.safeParse(cadre).success).toBe(true);
  });
});

const cases: [string, Parameters<typeof message>[0], unknown, string, string][] = [
  ["joining under 14", ZCreateMemberInput, { ...member, birthDate: "2008-01-01" }, "joinedOn", "入团时须年满 14 周岁（不得低龄入团）。"],
  ["no development number", ZCreateMemberInput, { ...member, developmentNumber: "" }, "developmentNumber", "发展团员编号必填（不得无编号发展团员）。"],
  ["a development number of 11 digits", ZCreateMemberInput, { ...member, developmentNumber: "20210000001" }, "developmentNumber", "发展团员编号应为 12 位数字。"],
  ["a development number of another year", ZCreateMemberInput, { ...member, developmentNumber: "202000000001" }, "developmentNumber", "发展团员编号前四位应为入团年份。"],
  ["an unknown category", ZCreateMemberInput, { ...member, category: "ADULT" }, "category", "请选择一项。"],
  ["a recommendation without an application", ZCreateMemberInput, { ...member, recommendedOn: "2023-01-01" }, "recommendedOn", "请先填写推优入党的前一环节日期。"],
  ["a step dated before the one before", ZCreateMemberInput, { ...member, partyAppliedOn: "2023-05-01", recommendedOn: "2023-01-01" }, "recommendedOn", "日期不能早于前一环节。"],
  ["a one-character name", ZCreateMemberInput, { ...member, name: "张" }, "name", "姓名应为 2 至 30 个字。"],
  ["a wrong ID check digit", ZCreateCadreInput, { ...cadre, idNumber: body + (idCheckChar(body) === "1" ? "2" : "1") }, "idNumber", "身份证号校验位不正确，请核对。"],
  ["an ID number of 17 characters", ZCreateCadreInput, { ...cadre, idNumber: body }, "idNumber", "身份证号应为 18 位（最后一位可为 X），且含有效出生日期。"],
  ["an ID number with another birth date", ZCreateCadreInput, { ...cadre, birthDate: "1995-03-09" }, "idNumber", "身份证号中的出生日期与所填出生日期不一致。"],
  ["a malformed phone", ZCreateCadreInput, { ...cadre, phone: "1391234" }, "phone", "请输入有效的手机号（11 位）或带区号的固定电话。"],
  ["a cadre of 8", ZCreateCadreInput, { ...cadre, birthDate: "2018-01-01", idNumber: null }, "birthDate", "团干部年龄应在 14 至 80 岁之间，请核对出生日期。"],
  ["a post not on the list", ZCreateCadreInput, { ...cadre, position: { ...cadre.position, post: "CHIEF" } }, "position.post", "请选择一项。"],
  ["a rejected transfer without a reason", ZDecideTransferInput, { transferId: "t1", approve: false, comment: "" }, "comment", "退回时须说明原因（至少 2 个字）。"],
  ["a negative statistic", ZStatInput, { regionId: "r1", year: 2021, residentYouth: -1, residents6to35: null, workFundsYuan: null, newPartyMembersUnder28: null, version: null }, "residentYouth", "请输入非负整数。"],
  ["a demonstration level without a league school", ZSchoolInput, { id: null, version: null, name: "第一中学", kind: "MIDDLE", regionId: "r1", organisationId: null, hasLeagueSchool: false, leagueSchoolLevel: "COUNTY" }, "leagueSchoolLevel", "没有团校的学校不能评定示范等级。"],
  ["a negative member count", ZUnitInput, { id: null, version: null, name: "某公司", kind: "NON_PUBLIC_ENTERPRISE", regionId: "r1", organisationId: null, memberCount: -3, youngStaffCount: 0 }, "memberCount", "请输入非负整数。"],
  ["a Youth Home opened in the future", ZYouthHomeInput, { id: null, version: null, name: "青年之家", regionId: "r1", organisationId: null, address: "", openedOn: addDays(todayInBeijing(), 3), entityRun: true }, "openedOn", "日期不能晚于今天。"],
];

describe("each rule rejects bad input with the message the user sees", () => {
  for (const [name, schema, input, field, expected] of cases) {
    it(name, () => expect(message(schema, input, field)).toBe(expected));
  }
});
