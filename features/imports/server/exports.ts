import ExcelJS from "exceljs";
import type { Db } from "@/server/db";
import { translator, type TLocale } from "@/lib/i18n";
import { rosterSheet } from "./roster-sheets";
import type { TRoster } from "@/features/imports/rosters";
import type { TActor } from "@/server/actor";
import { compareCounties } from "@/features/indicators/server/dashboard";
import { INDICATOR_BY_CODE, type TIndicatorDef } from "@/features/indicators/catalog";
import type { TPeriod } from "@/features/indicators/period";
import { beijingDateTime } from "@/lib/time";

const MAX_ROWS = 100_000;

/**
 * Any filtered roster list as a workbook, with the same filter, sort and masking of personal
 * data as the list on screen.
 */
export async function exportRoster(db: Db, actor: TActor, roster: TRoster, raw: Record<string, unknown>, locale: TLocale) {
  const out = await rosterSheet(db, actor, roster, raw, locale, MAX_ROWS);
  const book = new ExcelJS.Workbook();
  // A county's roster is named by the county; an administrator's list, by its title.
  const sheet = book.addWorksheet(out.county?.name ?? out.title);
  sheet.columns = out.columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of out.rows) sheet.addRow(row.map((v) => v ?? ""));
  return { countyName: out.county?.name ?? null, buffer: (await book.xlsx.writeBuffer()) as ArrayBuffer, count: out.rows.length };
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
