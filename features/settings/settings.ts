/**
 * Numbers an administrator may set for the province, with the defaults used until they do.
 * Each names its group (indicator settings change figures; the others do not, so kept figures
 * record a digest of the indicator group only) and the bounds a saved value must lie within.
 */
type TSettingSpec = { default: number; min: number; max: number; group: "indicators" | "transfers" | "security" | "uploads" };

export const SETTINGS = {
  /** Days a relation transfer waits for the other side before it expires. */
  transferExpiryDays: { default: 30, min: 1, max: 365, group: "transfers" },
  /** League members an enterprise or social organisation needs before it must set one up. */
  unitEligibleMembers: { default: 3, min: 1, max: 1_000, group: "indicators" },
  /** Young staff (35 or under) that also make a unit eligible. */
  unitEligibleYoungStaff: { default: 10, min: 1, max: 10_000, group: "indicators" },
  /** F1: the work funds (yuan per year) a township needs at least. */
  fundsTownshipYuan: { default: 20_000, min: 1, max: 100_000_000, group: "indicators" },
  /** F1: and at least this many yuan per resident aged 6–35. */
  fundsPerResidentYuan: { default: 3, min: 1, max: 10_000, group: "indicators" },
  /** Sign-in and sessions (kept together). Wrong passwords in a row that lock an account. */
  lockoutThreshold: { default: 10, min: 3, max: 100, group: "security" },
  /** Minutes a locked account stays locked, unless an administrator unlocks it sooner. */
  lockoutMinutes: { default: 15, min: 1, max: 1_440, group: "security" },
  /** Failures from one address within 15 minutes after which each further attempt must wait longer. */
  throttleStart: { default: 5, min: 1, max: 1_000, group: "security" },
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: { default: 30, min: 5, max: 1_440, group: "security" },
  /** Hours after sign-in at which a session ends, however busy. */
  sessionAbsoluteHours: { default: 12, min: 1, max: 24, group: "security" },
  /** Shortest password a user may set. */
  passwordMinLength: { default: 10, min: 8, max: 64, group: "security" },
  /** The largest roster workbook (MB) an import reads; a larger upload is refused before its body is read. */
  uploadMaxMb: { default: 20, min: 1, max: 200, group: "uploads" },
  /** Data rows one workbook may hold. */
  uploadMaxRows: { default: 50_000, min: 100, max: 500_000, group: "uploads" },
  /** MB a workbook may unpack to (it is a zip): counted as it is inflated, so a small zip bomb stops here. */
  uploadMaxUnpackedMb: { default: 200, min: 10, max: 2_000, group: "uploads" },
  /** Seconds the reading of one workbook may take before it is stopped. */
  uploadParseSeconds: { default: 60, min: 5, max: 600, group: "uploads" },
} as const satisfies Record<string, TSettingSpec>;

export type TSettingKey = keyof typeof SETTINGS;
export type TSettings = Record<TSettingKey, number>;
export type TSettingGroup = TSettingSpec["group"];

export const SETTING_KEYS = Object.keys(SETTINGS) as [TSettingKey, ...TSettingKey[]];

export const SETTING_DEFAULTS = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default])) as TSettings;

/** The settings that change indicator figures. */
export const INDICATOR_SETTING_KEYS = SETTING_KEYS.filter((k) => SETTINGS[k].group === "indicators");
