import ExcelJS from "exceljs";
import type { Db } from "@/server/db";
import { translator, type TLocale, type TPlainMessageKey } from "@/lib/i18n";
import { domainKey, setupKey, statusKey, typeKey } from "@/features/orgs/ui/labels";
import { categoryKey, educationKey, genderKey, postKey, sourceKey, staffingKey } from "@/features/people/ui/labels";
import { ZListCadresInput } from "@/features/cadres/schema";
import { ZListMembersInput } from "@/features/members/schema";
import { ZListOrgsInput } from "@/features/orgs/schema";
import type { TActor } from "@/server/actor";
import { CADRE_SELECT, cadreListWhere, presentCadre } from "@/features/cadres/server/cadres";
import { MEMBER_SELECT, memberWhere, presentMember } from "@/features/members/server/members";
import { ORG_SELECT, orgListWhere, presentOrg } from "@/features/orgs/server/orgs";
import { findCountyForActor } from "@/features/regions/server/regions";
import { compareCounties } from "@/features/indicators/server/dashboard";
import { INDICATOR_BY_CODE, type TIndicatorDef } from "@/features/indicators/catalog";
import type { TPeriod } from "@/features/indicators/period";
import { beijingDateTime } from "@/lib/time";

const MAX_ROWS = 100_000;
export const ROSTERS = ["orgs", "cadres", "members"] as const;
export type TRoster = (typeof ROSTERS)[number];

type Column = { header: TPlainMessageKey; width: number; value: (row: never) => string | number | null };

/**
 * Any filtered roster list as a workbook, with the same filter and the same masking of personal
 * data as the list on screen.
 */
export async function exportRoster(db: Db, actor: TActor, roster: TRoster, raw: Record<string, unknown>, locale: TLocale) {
  const t = translator(locale);
  const label = <V extends string>(key: (v: V) => TPlainMessageKey) => (v: V | null) => (v ? t(key(v)) : "");
  let rows: unknown[];
  let columns: Column[];
  let countyName: string;
  if (roster === "orgs") {
    const input = ZListOrgsInput.parse({ ...raw, page: 1, pageSize: 100 });
    const county = await findCountyForActor(db, actor, input.countyCode);
    countyName = county.name;
    rows = (await db.organisation.findMany({ where: orgListWhere(county.id, actor, input), orderBy: [{ region: { path: "asc" } }, { name: "asc" }], take: MAX_ROWS, select: ORG_SELECT })).map(presentOrg);
    columns = [
      { header: "orgs.col.name", width: 36, value: (o: ReturnType<typeof presentOrg>) => o.name },
      { header: "orgs.col.type", width: 14, value: (o: ReturnType<typeof presentOrg>) => label(typeKey)(o.type) },
      { header: "orgs.col.domain", width: 14, value: (o: ReturnType<typeof presentOrg>) => label(domainKey)(o.domain) },
      { header: "org.setupMode", width: 14, value: (o: ReturnType<typeof presentOrg>) => label(setupKey)(o.setupMode) },
      { header: "orgs.col.region", width: 16, value: (o: ReturnType<typeof presentOrg>) => o.region.name },
      { header: "orgs.col.status", width: 12, value: (o: ReturnType<typeof presentOrg>) => label(statusKey)(o.status) },
      { header: "org.foundedOn", width: 12, value: (o: ReturnType<typeof presentOrg>) => o.foundedOn },
      { header: "org.termStartedOn", width: 12, value: (o: ReturnType<typeof presentOrg>) => o.termStartedOn },
    ] as Column[];
  } else if (roster === "cadres") {
    const input = ZListCadresInput.parse({ ...raw, page: 1, pageSize: 100 });
    const county = await findCountyForActor(db, actor, input.countyCode);
    countyName = county.name;
    rows = (await db.cadre.findMany({ where: cadreListWhere(county.id, actor, input), orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_ROWS, select: CADRE_SELECT })).map((r) => presentCadre(actor, r));
    type C = ReturnType<typeof presentCadre>;
    columns = [
      { header: "cadre.name", width: 10, value: (c: C) => c.name },
      { header: "cadre.gender", width: 6, value: (c: C) => label(genderKey)(c.gender) },
      { header: "cadre.birthDate", width: 12, value: (c: C) => c.birthDate },
      { header: "cadre.idNumber", width: 22, value: (c: C) => c.idNumber },
      { header: "cadre.phone", width: 14, value: (c: C) => c.phone },
      { header: "cadre.education", width: 10, value: (c: C) => label(educationKey)(c.education) },
      { header: "cadre.staffingType", width: 8, value: (c: C) => label(staffingKey)(c.staffingType) },
      { header: "cadre.source", width: 14, value: (c: C) => label(sourceKey)(c.source) },
      { header: "cadres.positions", width: 48, value: (c: C) => c.positions.filter((p) => !p.endedOn).map((p) => `${p.organisation.name} ${label(postKey)(p.post)}`).join("；") },
    ] as Column[];
  } else {
    const input = ZListMembersInput.parse({ ...raw, page: 1, pageSize: 100 });
    const county = await findCountyForActor(db, actor, input.countyCode);
    countyName = county.name;
    rows = (await db.member.findMany({ where: memberWhere(county, actor, input), orderBy: { developmentNumber: "asc" }, take: MAX_ROWS, select: MEMBER_SELECT })).map((r) => presentMember(actor, r));
    type M = ReturnType<typeof presentMember>;
    columns = [
      { header: "cadre.name", width: 10, value: (m: M) => m.name },
      { header: "member.developmentNumber", width: 16, value: (m: M) => m.developmentNumber },
      { header: "cadre.gender", width: 6, value: (m: M) => label(genderKey)(m.gender) },
      { header: "cadre.birthDate", width: 12, value: (m: M) => m.birthDate },
      { header: "cadre.idNumber", width: 22, value: (m: M) => m.idNumber },
      { header: "cadre.phone", width: 14, value: (m: M) => m.phone },
      { header: "member.joinedOn", width: 12, value: (m: M) => m.joinedOn },
      { header: "member.category", width: 8, value: (m: M) => label(categoryKey)(m.category) },
      { header: "member.organisation", width: 32, value: (m: M) => m.organisation.name },
      { header: "member.archiveCertifiedOn", width: 12, value: (m: M) => m.archiveCertifiedOn },
      { header: "member.recommendedOn", width: 12, value: (m: M) => m.recommendedOn },
      { header: "member.admittedOn", width: 12, value: (m: M) => m.admittedOn },
    ] as Column[];
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(countyName);
  sheet.columns = columns.map((c) => ({ header: t(c.header), width: c.width, style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row as never) ?? ""));
  return { countyName, buffer: (await book.xlsx.writeBuffer()) as ArrayBuffer, count: rows.length };
}

/** A figure in a cell: a ratio exact (shown as a percentage by the cell's format), a count, a funnel as text. */
function cellValue(def: TIndicatorDef, i: { numerator: number; value: number | null; parts?: Record<string, number> }) {
  if (def.unit === "funnel") return (def.parts ?? []).map((p) => i.parts?.[p] ?? 0).join(" → ");
  return def.unit === "count" ? i.numerator : i.value;
}

/**
 * A prefecture comparison as a workbook: per county and indicator the value, numerator and
 * denominator, the light and the rank, with the period and the as-of date on top.
 */
export async function exportComparison(db: Db, actor: TActor, prefectureCode: string, period: TPeriod, codes: string[], locale: TLocale, asOf?: string) {
  const t = translator(locale);
  const cmp = await compareCounties(db, actor, prefectureCode, period, codes, asOf);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(cmp.prefecture.name);
  ws.addRow([t("prefecture.title", { name: cmp.prefecture.name }), `${t("period.label")} ${cmp.period}`, t("dash.asOf", { date: cmp.asOf })]).font = { bold: true };
  const header: string[] = [t("prefecture.county")];
  for (const code of cmp.indicators) {
    const def = INDICATOR_BY_CODE.get(code)!;
    const name = `${code} ${t(`${def.key}.name`)}`;
    header.push(name, `${code} ${t("compare.col.numerator")}`, `${code} ${t("compare.col.denominator")}`, `${code} ${t("compare.col.light")}`, `${code} ${t("compare.col.rank")}`);
  }
  header.push(t("compare.changedAt"));
  ws.addRow(header).font = { bold: true };
  for (const c of cmp.counties) {
    const row: (string | number | null)[] = [c.county.name + (c.county.synthetic ? ` (${t("common.synthetic")})` : "")];
    for (const i of c.indicators) {
      const def = INDICATOR_BY_CODE.get(i.code)!;
      // Ratios are kept exact in the cell and shown as a percentage by the cell's format.
      row.push(cellValue(def, i), i.numerator, def.unit !== "ratio" ? null : i.denominator, i.light ? t(`dash.light.${i.light}`) : "", i.rank);
    }
    row.push(c.changedAt ? beijingDateTime(c.changedAt) : "");
    ws.addRow(row);
  }
  const total: (string | number | null)[] = [t("compare.total")];
  for (const i of cmp.total) {
    const def = INDICATOR_BY_CODE.get(i.code)!;
    total.push(cellValue(def, i), i.numerator, def.unit !== "ratio" ? null : i.denominator, i.light ? t(`dash.light.${i.light}`) : "", null);
  }
  ws.addRow(total).font = { bold: true };
  cmp.indicators.forEach((code, k) => {
    const def = INDICATOR_BY_CODE.get(code)!;
    if (def.unit === "ratio") ws.getColumn(2 + k * 5).numFmt = "0.0%";
  });
  ws.getColumn(1).width = 16;
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), prefectureName: cmp.prefecture.name, period: cmp.period };
}
