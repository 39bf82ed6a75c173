import type { TImportColumn } from "../members/import-columns";

/** Columns of the organisation import template. The place is a township, or a village in it. */
export const ORG_COLUMNS: TImportColumn[] = [
  { key: "name", header: "组织名称", kind: "text", example: "东庄村团支部", required: true },
  { key: "type", header: "组织类型", kind: "orgType", example: "团支部", required: true, note: "团县委不通过导入建立" },
  { key: "domain", header: "领域", kind: "domain", example: "农村", required: true },
  { key: "setupMode", header: "组建方式", kind: "setup", example: "党建带团建" },
  { key: "township", header: "所在乡镇", kind: "text", example: "龙湖镇", required: true, note: "本县乡镇（街道）名称" },
  { key: "village", header: "所在村（社区）", kind: "text", example: "", note: "所在乡镇下的村（社区）名称；组织设在乡镇一级时留空" },
  { key: "parentId", header: "上级团组织", kind: "organisation", example: "共青团新郑市龙湖镇委员会" },
  { key: "foundedOn", header: "成立日期", kind: "date", example: "2021-05-04" },
  { key: "termStartedOn", header: "本届任期开始日期", kind: "date", example: "2021-05-04", note: "不早于成立日期" },
  { key: "note", header: "备注", kind: "text", example: "" },
];
