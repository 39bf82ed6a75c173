"use client";

import { parsePeriod, periodBounds, periodLabel, type TPeriod } from "@/features/indicators/period";
import { useT } from "../i18n-provider";
import { useUrlFilters } from "./use-url-filters";
import { yearInBeijing } from "@/lib/time";
import { useDefaultYear } from "./default-year";

/**
 * The period a page is about, kept in the URL (`period=2021`, `2021-Q3` or `2021-07`); by default
 * the latest year with data for the county or prefecture the page is about.
 */
export function usePeriod() {
  const filters = useUrlFilters();
  const defaultYear = useDefaultYear();
  const fromUrl = parsePeriod(filters.params.get("period")) ?? (Number(filters.params.get("year")) ? { year: Number(filters.params.get("year")) } : null);
  const period: TPeriod = fromUrl ?? { year: defaultYear };
  const asked = filters.params.get("asOf") ?? "";
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : undefined;
  const label = periodLabel(period);
  return {
    period,
    asOf,
    label,
    /** The URL query that carries the period (and the as-of date) to another page. */
    query: `period=${label}${asOf ? `&asOf=${asOf}` : ""}`,
    setPeriod: (p: TPeriod) => filters.set({ period: periodLabel(p), year: undefined, asOf: undefined }),
    setAsOf: (d: string | undefined) => filters.set({ asOf: d }),
  };
}

export function PeriodSelect({ id }: { id: string }) {
  const t = useT();
  const { period, setPeriod, asOf, setAsOf } = usePeriod();
  const b = periodBounds(period);
  const years = Array.from({ length: 8 }, (_, i) => yearInBeijing() - i);
  const kind = period.month ? "month" : period.quarter ? "quarter" : "year";
  return (
    <div className="row" role="group" aria-label={t("period.label")}>
      <label htmlFor={`${id}-kind`} className="sr-only">
        {t("period.kind")}
      </label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => {
          const k = e.target.value;
          setPeriod(k === "month" ? { year: period.year, month: 12 } : k === "quarter" ? { year: period.year, quarter: 4 } : { year: period.year });
        }}
      >
        <option value="year">{t("period.year")}</option>
        <option value="quarter">{t("period.quarter")}</option>
        <option value="month">{t("period.month")}</option>
      </select>
      <label htmlFor={id} className="sr-only">
        {t("dash.year")}
      </label>
      <select id={id} value={period.year} onChange={(e) => setPeriod({ ...period, year: Number(e.target.value) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      {kind !== "year" && (
        <>
          <label htmlFor={`${id}-part`} className="sr-only">
            {t(kind === "month" ? "period.month" : "period.quarter")}
          </label>
          <select
            id={`${id}-part`}
            value={period.month ?? period.quarter}
            onChange={(e) => setPeriod(kind === "month" ? { year: period.year, month: Number(e.target.value) } : { year: period.year, quarter: Number(e.target.value) })}
          >
            {Array.from({ length: kind === "month" ? 12 : 4 }, (_, i) => (
              <option key={i} value={i + 1}>
                {t(kind === "month" ? "period.monthN" : "period.quarterN", { n: i + 1 })}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-asof`}>{t("period.asOf")}</label>
      <input
        id={`${id}-asof`}
        type="date"
        min={b.from}
        max={b.asOf}
        value={asOf ?? b.asOf}
        onChange={(e) => setAsOf(e.target.value && e.target.value < b.asOf ? e.target.value : undefined)}
        style={{ width: "auto" }}
      />
    </div>
  );
}
