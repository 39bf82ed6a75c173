import { z } from "zod";
import { msg } from "@/lib/validation/messages";
import { ZId, ZVersion } from "@/lib/schemas/common";

const ZCount = z.number({ error: "v.number" }).int({ error: "v.integer" }).min(0, { error: "v.number" }).max(100_000_000, { error: msg("v.max", { max: 100_000_000 }) }).nullable();

export const STAT_FIELDS = ["residentYouth", "residents6to35", "workFundsYuan", "newPartyMembersUnder28"] as const;

export const ZStatInput = z.object({
  regionId: ZId,
  year: z.number({ error: "v.year" }).int({ error: "v.year" }).min(2000, { error: "v.year" }).max(2100, { error: "v.year" }),
  residentYouth: ZCount,
  residents6to35: ZCount,
  workFundsYuan: ZCount,
  newPartyMembersUnder28: ZCount,
  /** The version of the entry the user edited, or null for a region and year not entered yet. */
  version: ZVersion.nullable(),
});
export type TStatInput = z.infer<typeof ZStatInput>;
