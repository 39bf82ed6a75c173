/**
 * The calendar of Tuanjian is Beijing time (Asia/Shanghai, UTC+8 all year: China keeps no
 * daylight saving), whatever the zone of the server or of the browser. "Today", the current year,
 * default periods and the "not in the future" rule of date fields all come from here, and every
 * moment shown to a user is formatted in this zone, so the server and a browser anywhere render
 * the same text.
 */
export const TIME_ZONE = "Asia/Shanghai";
const OFFSET_MS = 8 * 3_600_000;

/** Today's date in Beijing, "YYYY-MM-DD". */
export function todayInBeijing(now: Date = new Date()): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The year it is in Beijing. */
export function yearInBeijing(now: Date = new Date()): number {
  return Number(todayInBeijing(now).slice(0, 4));
}

/** A calendar day as the Date the database stores for it (midnight UTC of that day). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Beijing's today as a stored day (midnight UTC of the Beijing date). */
export function todayDate(now: Date = new Date()): Date {
  return dayToDate(todayInBeijing(now));
}

/** True when "YYYY-MM-DD" names a day that exists (no 30 February, no month 13). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Adds whole days to "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  return new Date(dayToDate(day).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment as Beijing wall-clock text, "2026-12-01 09:30", the same on the server and in any browser. */
export function beijingDateTime(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return "";
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** A moment's Beijing date, "2026-12-01". */
export function beijingDate(iso: string | Date): string {
  return beijingDateTime(iso).slice(0, 10);
}
