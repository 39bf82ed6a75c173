import { zh } from "@/lib/i18n/zh";
import type { TImportColumn } from "../members/import-columns";

/** The Chinese labels a column accepts, as the message catalogue names them. */
const choices = (prefix: string) =>
  `可填：${Object.entries(zh)
    .filter(([k]) => k.startsWith(`${prefix}.`))
    .map(([, v]) => v)
    .join("、")}`;

/** Columns of the coverage unit templates; the place is a township, or a village in it. */
const place: TImportColumn[] = [
  { key: "township", header: "所在乡镇", kind: "text", example: "龙湖镇", required: true, note: "本县乡镇（街道）名称" },
  { key: "village", header: "所在村（社区）", kind: "text", example: "", note: "所在乡镇下的村（社区）名称；设在乡镇一级时留空" },
  { key: "organisationId", header: "对应团组织", kind: "organisation", example: "" },
];

export const SCHOOL_COLUMNS: TImportColumn[] = [
  { key: "name", header: "学校名称", kind: "text", example: "新郑市龙湖镇第一初级中学", required: true },
  { key: "kind", header: "学校类型", kind: "text", example: "中学", required: true, note: choices("schoolKind") },
  ...place,
  { key: "hasLeagueSchool", header: "已建团校", kind: "bool", example: "是" },
  { key: "leagueSchoolLevel", header: "示范等级", kind: "text", example: "无", note: `${choices("level.demo")}；留空视为“无”；未建团校时只能填“无”` },
];

export const UNIT_COLUMNS: TImportColumn[] = [
  { key: "name", header: "单位名称", kind: "text", example: "新郑市某某科技有限公司", required: true },
  { key: "kind", header: "单位类型", kind: "text", example: "非公企业", required: true, note: choices("unitKind") },
  ...place,
  { key: "memberCount", header: "团员数", kind: "count", example: "5", note: "留空视为 0" },
  { key: "youngStaffCount", header: "35 岁以下职工数", kind: "count", example: "40", note: "留空视为 0" },
];

export const YOUTH_HOME_COLUMNS: TImportColumn[] = [
  { key: "name", header: "青年之家名称", kind: "text", example: "龙湖镇青年之家", required: true },
  { ...place[0]!, note: "本县乡镇（街道）名称；青年之家设在乡镇一级" },
  place[2]!,
  { key: "address", header: "地址", kind: "text", example: "龙湖镇政府院内" },
  { key: "openedOn", header: "启用日期", kind: "date", example: "2021-05-04" },
  { key: "entityRun", header: "实体化运行", kind: "bool", example: "是" },
];
