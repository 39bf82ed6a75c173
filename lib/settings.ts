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
} as const;

export type TSettingKey = keyof typeof SETTING_DEFAULTS;
export type TSettings = Record<TSettingKey, number>;
