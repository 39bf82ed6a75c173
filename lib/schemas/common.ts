import { z } from "zod";
import { msg } from "../validation/messages";
import { isCalendarDay, todayInBeijing } from "../time";

/** Pieces shared by the roster schemas. Messages are catalogue keys (lib/i18n). */
export const ZId = z.string({ error: "v.required" }).min(1, { error: "v.required" }).max(64);

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

export const ZPersonName = z
  .string({ error: "v.required" })
  .trim()
  .min(2, { error: "v.personName" })
  .max(30, { error: "v.personName" });

export const GENDERS = ["MALE", "FEMALE"] as const;
