import { z } from "zod";

/** Pieces shared by the roster schemas. Messages are catalogue keys (lib/i18n). */
export const ZId = z.string({ error: "v.required" }).min(1, { error: "v.required" }).max(64);

export const today = () => new Date().toISOString().slice(0, 10);

export const ZDay = z
  .string({ error: "v.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "v.date" })
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), { error: "v.date" })
  .refine((s) => s <= today(), { error: "v.dateFuture" });

/** An optional text field: blank means absent. */
export const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const ZPersonName = z
  .string({ error: "v.required" })
  .trim()
  .min(2, { error: "v.personName" })
  .max(30, { error: "v.personName" });

export const GENDERS = ["MALE", "FEMALE"] as const;
