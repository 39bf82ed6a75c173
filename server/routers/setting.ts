import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { SETTING_DEFAULTS, type TSettingKey } from "@/lib/settings";
import { getSettings, saveSetting } from "../services/settings";
import { roleProcedure, router, scopedProcedure } from "../trpc/init";

const KEYS = Object.keys(SETTING_DEFAULTS) as [TSettingKey, ...TSettingKey[]];

export const settingRouter = router({
  get: scopedProcedure.query(({ ctx }) => getSettings(ctx.db)),
  save: roleProcedure(...ROLE_RULES.editSettings)
    .input(z.object({ key: z.enum(KEYS), value: z.number({ error: "v.number" }).int({ error: "v.number" }).min(1, { error: "v.number" }).max(100_000, { error: "v.number" }) }))
    .mutation(({ ctx, input }) => saveSetting(ctx.db, ctx.actor, input)),
});
