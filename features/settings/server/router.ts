import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { SETTING_KEYS } from "@/features/settings/settings";
import { ZSaveSettingInput, ZSettingsAt } from "@/features/settings/schema";
import { getSettings, saveSetting, settingHistory } from "./settings";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

export const settingRouter = router({
  get: scopedProcedure
    .input(ZSettingsAt.optional())
    .query(({ ctx, input }) => getSettings(ctx.db, input ?? {})),
  save: roleProcedure(...ROLE_RULES.editSettings)
    .input(ZSaveSettingInput)
    .mutation(({ ctx, input }) => saveSetting(ctx.db, ctx.actor, input)),
  /** The provinces an administrator may set values for. */
  provinces: roleProcedure(...ROLE_RULES.editSettings).query(({ ctx }) =>
    ctx.db.region.findMany({ where: { level: "PROVINCE", path: { startsWith: ctx.actor.scopePath } }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
  ),
  history: roleProcedure(...ROLE_RULES.editSettings)
    .input(z.object({ key: z.enum(SETTING_KEYS) }))
    .query(({ ctx, input }) => settingHistory(ctx.db, ctx.actor, input.key)),
});
