import { z } from "zod";
import { INDICATORS } from "@/features/indicators/catalog";
import { ZAnyDay } from "@/lib/schemas/common";

const codes = INDICATORS.map((i) => i.code) as [string, ...string[]];
export const ZIndicatorCode = z.enum(codes, { error: "v.indicator" });

/** A share between 0 and 1, or blank to keep the catalogue's default. */
const ZShare = z.number({ error: "v.share" }).min(0, { error: "v.share" }).max(1, { error: "v.share" }).nullable();

export const ZThresholdInput = z
  .object({ code: ZIndicatorCode, target: ZShare, green: ZShare, amber: ZShare })
  .refine((t) => t.green === null || t.amber === null || t.amber <= t.green, { message: "v.amberAboveGreen", path: ["amber"] });
export type TThresholdInput = z.infer<typeof ZThresholdInput>;

export const ZBaselineInput = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  baselineYear: z.number({ error: "v.year" }).int({ error: "v.year" }).min(2000, { error: "v.year" }).max(2100, { error: "v.year" }).nullable(),
});

/** An earlier day within a period to read its figures as of (a real calendar day). */
export const ZAsOf = ZAnyDay.optional();
