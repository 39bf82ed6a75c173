import { personColumns, type TImportColumn } from "../members/import-columns";

/** Columns of the cadre import template: one cadre and their current post per row. */
export const CADRE_COLUMNS: TImportColumn[] = [
  ...personColumns({ name: "李晓红", birthDate: "1996-04-12" }),
  { key: "education", header: "学历", kind: "education", example: "本科", required: true },
  { key: "staffingType", header: "配备类型", kind: "staffing", example: "兼职", required: true },
  { key: "source", header: "来源", kind: "source", example: "村“两委”成员", required: true },
  { key: "inVillageCommittees", header: "在村“两委”任职", kind: "bool", example: "是" },
  { key: "organisationId", header: "任职团组织", kind: "organisation", example: "共青团新郑市龙湖镇委员会", required: true },
  { key: "post", header: "职务", kind: "post", example: "委员", required: true },
  { key: "startedOn", header: "任职日期", kind: "date", example: "2021-05-04", required: true },
];

export const EDUCATION_NAMES: Record<string, string> = { 初中及以下: "JUNIOR_HIGH_OR_BELOW", "高中/中专": "SENIOR_HIGH", 高中: "SENIOR_HIGH", 中专: "SENIOR_HIGH", 大专: "JUNIOR_COLLEGE", 本科: "BACHELOR", 研究生: "POSTGRADUATE" };
export const STAFFING_NAMES: Record<string, string> = { 专职: "FULL_TIME", 挂职: "SECONDED", 兼职: "PART_TIME" };
export const SOURCE_NAMES: Record<string, string> = { 机关事业编制: "CIVIL_SERVICE", 大学生兼职: "COLLEGE_STUDENT", "村“两委”成员": "VILLAGE_COMMITTEES", 村两委成员: "VILLAGE_COMMITTEES", 教师: "TEACHER", 企业职工: "ENTERPRISE", 志愿者: "VOLUNTEER", 其他: "OTHER" };
export const POST_NAMES: Record<string, string> = { 书记: "SECRETARY", 副书记: "DEPUTY_SECRETARY", 委员: "COMMITTEE_MEMBER", 工作人员: "STAFF" };
