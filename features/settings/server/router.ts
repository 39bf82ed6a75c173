import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { msg } from "@/lib/validation/messages";
import { SETTINGS, SETTING_KEYS } from "@/features/settings/settings";
import { getSettings, saveSetting } from "./settings";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

/** A value must be a whole number within its setting's own bounds. */
const ZSaveSetting = z
  .object({ key: z.enum(SETTING_KEYS), value: z.number().int().min(0).max(1_000_000_000) })
  .superRefine((v, ctx) => {
    const { min, max } = SETTINGS[v.key];
    if (v.value < min) ctx.addIssue({ code: "custom", path: ["value"], message: msg("v.min", { min }) });
    if (v.value > max) ctx.addIssue({ code: "custom", path: ["value"], message: msg("v.max", { max }) });
  });

export const settingRouter = router({
  get: scopedProcedure.query(({ ctx }) => getSettings(ctx.db)),
  save: roleProcedure(...ROLE_RULES.editSettings)
    .input(ZSaveSetting)
    .mutation(({ ctx, input }) => saveSetting(ctx.db, ctx.actor, input)),
});
