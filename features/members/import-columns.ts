/**
 * The columns of the member import template, shared by the template, the parser and the export.
 * Headers are in Chinese, the language of the files counties already keep.
 */
import { MEMBER_CATEGORIES } from "./schema";

export type TImportColumn = {
  key: string;
  header: string;
  kind: "text" | "date" | "bool" | "gender" | "category" | "organisation" | "year" | "count" | "education" | "staffing" | "source" | "post" | "orgType" | "domain" | "setup";
  example: string;
  /** A row must give a value here; the template's notes say so. */
  required?: true;
  /** What the template's notes add to what the kind already implies (format, rules, choices). */
  note?: string;
};

/** A person's columns, cadre or member, with the example's name and birth date. */
export const personColumns = (example: { name: string; birthDate: string }): TImportColumn[] => [
  { key: "name", header: "姓名", kind: "text", example: example.name, required: true },
  { key: "gender", header: "性别", kind: "gender", example: "女", required: true },
  { key: "birthDate", header: "出生日期", kind: "date", example: example.birthDate, required: true },
  { key: "idNumber", header: "身份证号", kind: "text", example: "", note: "18 位居民身份证号，须与出生日期一致" },
  { key: "phone", header: "手机号", kind: "text", example: "", note: "11 位手机号" },
];

export const MEMBER_COLUMNS: TImportColumn[] = [
  ...personColumns({ name: "张晓雨", birthDate: "2006-03-01" }),
  { key: "developmentNumber", header: "发展团员编号", kind: "text", example: "202100000001", required: true, note: "12 位数字，前 4 位为入团年份" },
  { key: "joinedOn", header: "入团日期", kind: "date", example: "2021-05-04", required: true },
  { key: "category", header: "类别", kind: "category", example: "高中", required: true },
  { key: "organisationId", header: "所在团组织", kind: "organisation", example: "共青团新郑市第1中学委员会", required: true },
  { key: "archiveCertifiedOn", header: "电子档案认证日期", kind: "date", example: "2021-05-10", note: "认证当天的日期；尚未认证请留空" },
  { key: "registeredYear", header: "团籍注册年度", kind: "year", example: "2025", note: "已注册的年度（入团年度至今年），导入为该年度“已注册”" },
  { key: "holdsPost", header: "担任团内职务", kind: "bool", example: "否" },
  { key: "partyAppliedOn", header: "递交入党申请日期", kind: "date", example: "", note: "推优入党的第一步；本列及其后四列依次填写，不早于入团日期" },
  { key: "recommendedOn", header: "团组织推优日期", kind: "date", example: "", note: "填写时须已填上一步，且不早于上一步" },
  { key: "activistOn", header: "确定入党积极分子日期", kind: "date", example: "", note: "填写时须已填上一步，且不早于上一步" },
  { key: "developmentTargetOn", header: "确定发展对象日期", kind: "date", example: "", note: "填写时须已填上一步，且不早于上一步" },
  { key: "admittedOn", header: "接收预备党员日期", kind: "date", example: "", note: "填写时须已填上一步，且不早于上一步" },
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
