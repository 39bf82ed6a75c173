"use client";

import { useT } from "../i18n-provider";
import { useUrlFilters } from "./use-url-filters";
import { yearInBeijing } from "@/lib/time";
import { useDefaultYear } from "./default-year";

/** The year a page is about, kept in the URL; by default the latest year with data (see DefaultYear). */
export function useYear() {
  const filters = useUrlFilters();
  const defaultYear = useDefaultYear();
  return { year: Number(filters.params.get("year")) || defaultYear, setYear: (y: number) => filters.set({ year: String(y) }) };
}

export function YearSelect({ id }: { id: string }) {
  const t = useT();
  const { year, setYear } = useYear();
  const years = Array.from({ length: 8 }, (_, i) => yearInBeijing() - i);
  return (
    <div>
      <label htmlFor={id}>{t("dash.year")} </label>
      <select id={id} value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
