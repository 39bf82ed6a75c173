import { z } from "zod";
import { msg } from "../validation/messages";
import { isCalendarDay, todayInBeijing } from "../time";

/** Pieces shared by the roster schemas. Messages are catalogue keys (lib/i18n). */
export const ZId = z.string({ error: "v.required" }).min(1, { error: "v.required" }).max(64);

/** The version of a record an edit started from (a PostgreSQL integer). */
export const ZVersion = z.number().int().min(1).max(2_147_483_647);

/** A page of a list. */
export const ZPage = z.number().int().min(1).max(100_000).default(1);

/** Today in Beijing: what "not in the future" means for every date a user enters. */
export const today = () => todayInBeijing();

/** Dates a user enters: a real calendar day from 1900 on; "the future" is after Beijing's today. */
export const ZAnyDay = z
  .string({ error: "v.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "v.date" })
  .refine((s) => isCalendarDay(s), { error: "v.date" })
  .refine((s) => s >= "1900-01-01" && s <= "2100-12-31", { error: msg("v.dateRange", { min: "1900-01-01", max: "2100-12-31" }) });

export const ZDay = ZAnyDay.refine((s) => s <= today(), { error: "v.dateFuture" });

/** An optional text field: blank means absent. */
export const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/**
 * What a person typed into a number field, as the number it means: "" → null, " 12 " → 12.
 * Other text stays text, so the schema refuses it as not a number. Forms and imports call this;
 * procedures take numbers only, so a `true` or "12" sent to the API is refused, not stored.
 */
export function numberFromText(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim();
  if (s === "") return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
}

/** The same, for the listed fields of a form's values. */
export function numbersFromText<V extends Record<string, unknown>>(values: V, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const k of keys) if (k in out) out[k] = numberFromText(out[k]);
  return out;
}

export const ZPersonName = z
  .string({ error: "v.required" })
  .trim()
  .min(2, { error: "v.personName" })
  .max(30, { error: "v.personName" });

export const GENDERS = ["MALE", "FEMALE"] as const;
