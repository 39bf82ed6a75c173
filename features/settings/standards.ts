/**
 * Team staffing standards (seed 001): a township committee has 1 secretary, 1–2 deputies and
 * 7–9 committee members; a village branch 1 secretary and at least 2 committee members (新郑市
 * elected 594 members for 296 branches). These are the defaults of the `teamStandards` setting,
 * which a province may replace from a year on.
 */
/** Inclusive bounds; a null maximum means "at least". */
export type TRange = readonly [min: number, max: number | null];
export const TEAM_KINDS = ["township", "village"] as const;
export const TEAM_ROLES = ["secretaries", "deputies", "members"] as const;
export type TTeamKind = (typeof TEAM_KINDS)[number];
export type TTeamCounts = Record<(typeof TEAM_ROLES)[number], number>;
export type TTeamStandards = Record<TTeamKind, Record<keyof TTeamCounts, TRange>>;

export const TEAM_STANDARDS: TTeamStandards = {
  township: { secretaries: [1, 1], deputies: [1, 2], members: [7, 9] },
  village: { secretaries: [1, 1], deputies: [0, null], members: [2, null] },
};

export type TShortfall = { role: keyof TTeamCounts; have: number; min: number; max: number | null };

/** What a team lacks or has too many of; empty when it meets the standard. */
export function teamShortfalls(kind: TTeamKind, counts: TTeamCounts, standards: TTeamStandards = TEAM_STANDARDS): TShortfall[] {
  const standard = standards[kind];
  return TEAM_ROLES
    .map((role) => ({ role, have: counts[role], min: standard[role][0], max: standard[role][1] }))
    .filter((s) => s.have < s.min || (s.max !== null && s.have > s.max));
}
