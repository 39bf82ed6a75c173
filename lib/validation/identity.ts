/**
 * Rules for personal identifiers: the resident ID number of GB 11643-1999 and Chinese phone
 * numbers, and how they are masked for roles that may not see them.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** The check character GB 11643 prescribes for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? "";
}

export type TIdProblem = "format" | "checksum" | "birthDate";

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The birth date (YYYY-MM-DD) an ID number encodes, or null if it encodes none. */
export function idBirthDate(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  return validDate(y, m, d) ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : null;
}

/** Null when the number is valid (and, given a birth date, consistent with it). */
export function checkIdNumber(raw: string, birthDate?: string | null): TIdProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return "format";
  if (!idBirthDate(id)) return "format";
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return "checksum";
  if (birthDate && idBirthDate(id) !== birthDate) return "birthDate";
  return null;
}

/** Mobile numbers (1 + 10 digits) and landlines with an area code (010-12345678). */
export function isPhone(raw: string): boolean {
  const p = raw.replace(/[\s]/g, "");
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}$/.test(p);
}

export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return `${id.slice(0, 3)}${"*".repeat(Math.max(0, id.length - 7))}${id.slice(-4)}`;
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const p = phone.replace(/\s/g, "");
  return p.length <= 7 ? "*".repeat(p.length) : `${p.slice(0, 3)}${"*".repeat(p.length - 7)}${p.slice(-4)}`;
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
