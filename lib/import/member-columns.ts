/**
 * The columns of the member import template, shared by the template, the parser and the export.
 * Headers are in Chinese, the language of the files counties already keep.
 */
import { MEMBER_CATEGORIES } from "../schemas/member";

export type TImportColumn = {
  key: string;
  header: string;
  kind: "text" | "date" | "bool" | "gender" | "category" | "organisation" | "year" | "education" | "staffing" | "source" | "post" | "orgType" | "domain" | "setup";
  example: string;
};

export const MEMBER_COLUMNS: TImportColumn[] = [
  { key: "name", header: "姓名", kind: "text", example: "张晓雨" },
  { key: "gender", header: "性别", kind: "gender", example: "女" },
  { key: "birthDate", header: "出生日期", kind: "date", example: "2006-03-01" },
  { key: "idNumber", header: "身份证号", kind: "text", example: "" },
  { key: "phone", header: "手机号", kind: "text", example: "" },
  { key: "developmentNumber", header: "发展团员编号", kind: "text", example: "202100000001" },
  { key: "joinedOn", header: "入团日期", kind: "date", example: "2021-05-04" },
  { key: "category", header: "类别", kind: "category", example: "高中" },
  { key: "organisationId", header: "所在团组织", kind: "organisation", example: "共青团新郑市第1中学委员会" },
  { key: "archiveCertifiedOn", header: "电子档案认证日期", kind: "date", example: "2021-05-10" },
  { key: "registeredYear", header: "团籍注册年度", kind: "year", example: "2025" },
  { key: "holdsPost", header: "担任团内职务", kind: "bool", example: "否" },
  { key: "partyAppliedOn", header: "递交入党申请日期", kind: "date", example: "" },
  { key: "recommendedOn", header: "团组织推优日期", kind: "date", example: "" },
  { key: "activistOn", header: "确定入党积极分子日期", kind: "date", example: "" },
  { key: "developmentTargetOn", header: "确定发展对象日期", kind: "date", example: "" },
  { key: "admittedOn", header: "接收预备党员日期", kind: "date", example: "" },
];

export const CATEGORY_NAMES: Record<string, (typeof MEMBER_CATEGORIES)[number]> = {
  初中: "JUNIOR_HIGH",
  高中: "SENIOR_HIGH",
  中职: "VOCATIONAL",
  高校: "UNIVERSITY",
  社会: "SOCIAL",
};
export const GENDER_NAMES: Record<string, "MALE" | "FEMALE"> = { 男: "MALE", 女: "FEMALE" };
export const BOOL_NAMES: Record<string, boolean> = { 是: true, 否: false, "": false };
