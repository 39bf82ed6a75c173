/**
 * Who may do what. Pure rules shared by the procedures (which enforce them) and the UI
 * (which only hides controls a role cannot use).
 */
export const ROLES = ["ADMIN", "PREFECTURE_REVIEWER", "COUNTY_ADMIN", "TOWNSHIP_CADRE"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_RULES = {
  /** Create organisations and edit their details. */
  editOrgs: ["ADMIN", "COUNTY_ADMIN", "TOWNSHIP_CADRE"],
  /** Move an organisation through its lifecycle (rectification, merger, dissolution). */
  changeOrgStatus: ["ADMIN", "COUNTY_ADMIN"],
  /** Keep cadre and member rosters. */
  editPeople: ["ADMIN", "COUNTY_ADMIN", "TOWNSHIP_CADRE"],
  /** Enter region statistics and decide recommendations for the Party. */
  editStats: ["ADMIN", "COUNTY_ADMIN"],
  decideRecommendations: ["ADMIN", "COUNTY_ADMIN"],
  /** Set the province's configurable numbers. */
  editSettings: ["ADMIN"],
  /** See accounts and the sign-in log, unlock accounts and end their sessions. */
  manageAccounts: ["ADMIN"],
} as const satisfies Record<string, readonly TRole[]>;

export type TAction = keyof typeof ROLE_RULES;

export function can(role: TRole, action: TAction): boolean {
  return (ROLE_RULES[action] as readonly TRole[]).includes(role);
}

/** Region paths are codes from the root, each followed by "/"; a scope covers its subtree. */
export function pathInScope(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/**
 * ID numbers and phones are shown raw only to administrators and to the county admins of the
 * county the person belongs to; everyone else, reviewers included, sees them masked.
 */
export function seesPersonalData(
  viewer: { role: TRole; regionLevel: string; countyId: string | null },
  personCountyId: string,
): boolean {
  if (viewer.role === "ADMIN") return true;
  return viewer.role === "COUNTY_ADMIN" && viewer.regionLevel === "COUNTY" && viewer.countyId === personCountyId;
}
