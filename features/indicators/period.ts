import { z } from "zod";
import { todayDate } from "@/lib/time";

/** A reporting period: a year, one of its quarters or one of its months. */
export const ZPeriod = z
  .object({
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4).optional(),
    month: z.number().int().min(1).max(12).optional(),
  })
  .refine((p) => p.quarter === undefined || p.month === undefined, { message: "v.periodOne", path: ["month"] });
export type TPeriod = z.infer<typeof ZPeriod>;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** "2021", "2021-Q3" or "2021-07". */
export function periodLabel(p: TPeriod): string {
  return p.month ? `${p.year}-${pad(p.month)}` : p.quarter ? `${p.year}-Q${p.quarter}` : String(p.year);
}

export function parsePeriod(s: string | null | undefined): TPeriod | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(s ?? "");
  if (!m) return null;
  return { year: Number(m[1]), ...(m[2] ? { quarter: Number(m[2]) } : {}), ...(m[3] ? { month: Number(m[3]) } : {}) };
}

/**
 * The dates a period covers: events count when `from` ≤ date < `until` (the end of the period, or
 * the day after an earlier as-of date); states are read as of
 * `asOf`, the period's last day or today while the period runs (or an earlier date asked for).
 * `yearFrom` starts the period's year, for figures kept per year (P1's denominator).
 */
export function periodBounds(p: TPeriod, now: Date = new Date(), asked?: string) {
  const startMonth = p.month ? p.month - 1 : p.quarter ? (p.quarter - 1) * 3 : 0;
  const months = p.month ? 1 : p.quarter ? 3 : 12;
  const from = new Date(Date.UTC(p.year, startMonth, 1));
  const to = new Date(Date.UTC(p.year, startMonth + months, 1));
  const last = new Date(to.getTime() - 86_400_000);
  // "Today" is Beijing's date, whatever the server's zone.
  const todayDay = todayDate(now);
  let asOf = last < todayDay ? last : todayDay;
  if (asked) {
    const a = new Date(`${asked}T00:00:00Z`);
    if (!Number.isNaN(a.getTime()) && a < asOf && a >= from) asOf = a;
  }
  return {
    from: iso(from),
    to: iso(to),
    /** Events are counted up to here (exclusive): the day after `asOf`. */
    until: iso(new Date(asOf.getTime() + 86_400_000)),
    asOf: iso(asOf),
    yearFrom: `${p.year}-01-01`,
    key: `${periodLabel(p)}@${iso(asOf)}`,
    running: asOf < last,
  };
}

export function previousPeriod(p: TPeriod): TPeriod {
  if (p.month) return p.month === 1 ? { year: p.year - 1, month: 12 } : { year: p.year, month: p.month - 1 };
  if (p.quarter) return p.quarter === 1 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter: p.quarter - 1 };
  return { year: p.year - 1 };
}

/** The months of a year up to today, for trend lines. */
export function monthsOf(year: number, now: Date = new Date()): TPeriod[] {
  const out: TPeriod[] = [];
  const today = todayDate(now).getTime();
  for (let m = 1; m <= 12; m++) {
    if (Date.UTC(year, m - 1, 1) > today) break;
    out.push({ year, month: m });
  }
  return out;
}
