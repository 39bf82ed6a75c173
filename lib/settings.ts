/**
 * Numbers domain.md marks as configurable, with the defaults used until an administrator sets
 * the province's own.
 */
export const SETTING_DEFAULTS = {
  /** Days a relation transfer waits for the receiving side before it expires. */
  transferExpiryDays: 30,
  /** League members an enterprise or social organisation needs before it must set one up. */
  unitEligibleMembers: 3,
  /** Young staff (35 or under) that also make a unit eligible. */
  unitEligibleYoungStaff: 10,
  /** F1: the work funds (yuan per year) a township needs at least. */
  fundsTownshipYuan: 20_000,
  /** F1: and at least this many yuan per resident aged 6–35. */
  fundsPerResidentYuan: 3,
} as const;

export type TSettingKey = keyof typeof SETTING_DEFAULTS;
export type TSettings = Record<TSettingKey, number>;
