import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { SETTINGS, SETTING_KEYS, SETTINGS_EPOCH, ZTeamStandardsShape } from "@/features/settings/settings";
import { getSettings, saveSetting, settingHistory } from "./settings";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const ZProvince = z.string().regex(/^\d{6}$/).nullable().optional();
const ZYear = z.int().min(SETTINGS_EPOCH).max(2100);
/** Any setting's shape, bounded; the service then checks the value against its own setting's type. */
const ZNumber = z.number().min(-1e9).max(1e9);
const ZValue = z.union([ZNumber, z.array(ZNumber).max(50), SETTINGS.termYears.schema, ZTeamStandardsShape]);

export const settingRouter = router({
  get: scopedProcedure
    .input(z.object({ provinceCode: ZProvince, year: ZYear.optional() }).optional())
    .query(({ ctx, input }) => getSettings(ctx.db, input ?? {})),
  save: roleProcedure(...ROLE_RULES.editSettings)
    .input(z.object({ key: z.enum(SETTING_KEYS), value: ZValue, provinceCode: ZProvince, fromYear: ZYear.optional() }))
    .mutation(({ ctx, input }) => saveSetting(ctx.db, ctx.actor, input)),
  /** The provinces an administrator may set values for. */
  provinces: roleProcedure(...ROLE_RULES.editSettings).query(({ ctx }) =>
    ctx.db.region.findMany({ where: { level: "PROVINCE", path: { startsWith: ctx.actor.scopePath } }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
  ),
  history: roleProcedure(...ROLE_RULES.editSettings)
    .input(z.object({ key: z.enum(SETTING_KEYS) }))
    .query(({ ctx, input }) => settingHistory(ctx.db, ctx.actor, input.key)),
});
