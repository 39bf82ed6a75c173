import { z } from "zod";
import { SETTINGS, SETTING_KEYS, SETTINGS_EPOCH, ZTeamStandardsShape, checkSettingValue } from "./settings";

/** A province by its region code, or none (null or absent) for the national values. */
const ZProvince = z.string().regex(/^\d{6}$/).nullable().optional();

/** The year a value holds from, or is read for. */
export const ZSettingsYear = z.int({ error: "v.year" }).min(SETTINGS_EPOCH, { error: "v.year" }).max(2100, { error: "v.year" });

/** Where and when the settings in force are read: a province (or the country) and a year. */
export const ZSettingsAt = z.object({ provinceCode: ZProvince, year: ZSettingsYear.optional() });

/** Any setting's shape, bounded; the value is then checked against its own setting's type and bounds. */
const ZNumber = z.number().min(-1e9).max(1e9);
const ZValue = z.union([ZNumber, z.array(ZNumber).max(50), SETTINGS.termYears.schema, ZTeamStandardsShape], { error: "v.invalid" });

/**
 * A value saved for a setting from a year on. The form and the procedure check it with the
 * setting's own rule (`checkSettingValue`), so the message beside the field is the server's.
 */
export const ZSaveSettingInput = z
  .object({ key: z.enum(SETTING_KEYS), value: ZValue, provinceCode: ZProvince, fromYear: ZSettingsYear.optional() })
  .superRefine((v, ctx) => {
    const checked = checkSettingValue(v.key, v.value);
    if (!checked.ok) ctx.addIssue({ code: "custom", path: ["value"], message: checked.message });
  });
export type TSaveSettingInput = z.infer<typeof ZSaveSettingInput>;
