"use client";

import { useT } from "../i18n-provider";
import { useUrlFilters } from "./use-url-filters";
import { yearInBeijing } from "@/lib/time";

/** The year a page is about, kept in the URL; last year by default. */
export function useYear() {
  const filters = useUrlFilters();
  return { year: Number(filters.params.get("year")) || yearInBeijing() - 1, setYear: (y: number) => filters.set({ year: String(y) }) };
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
