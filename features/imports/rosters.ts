/**
 * The lists that export to a workbook and print on A4, by the name their addresses use: a
 * county's rosters, read within the county named in the address, and the administrator's lists,
 * which belong to no county.
 */
export const COUNTY_ROSTERS = ["orgs", "cadres", "members", "schools", "units", "youthHomes", "transfers"] as const;
export const ADMIN_LISTS = ["accounts", "signIns"] as const;
export const ROSTERS = [...COUNTY_ROSTERS, ...ADMIN_LISTS] as const;
export type TCountyRoster = (typeof COUNTY_ROSTERS)[number];
export type TAdminList = (typeof ADMIN_LISTS)[number];
export type TRoster = TCountyRoster | TAdminList;
export const isRoster = (v: string): v is TRoster => (ROSTERS as readonly string[]).includes(v);
export const isCountyRoster = (v: string): v is TCountyRoster => (COUNTY_ROSTERS as readonly string[]).includes(v);
export const isAdminList = (v: string): v is TAdminList => (ADMIN_LISTS as readonly string[]).includes(v);

/** The URL parameters of the list pages, by the list input each fills. */
export const LIST_QUERY = {
  q: "q",
  sort: "sort",
  dir: "dir",
  type: "type",
  domain: "domain",
  status: "status",
  townshipId: "township",
  staffingType: "staffing",
  post: "post",
  category: "category",
  joinedYear: "year",
  dueToLeave: "due",
  side: "side",
  username: "username",
  outcome: "outcome",
} as const;

/** The page each list is shown on, under its county or under /admin. */
const LIST_PAGE = {
  orgs: "orgs",
  cadres: "cadres",
  members: "members",
  schools: "coverage",
  units: "coverage",
  youthHomes: "coverage",
  transfers: "transfers",
  accounts: "accounts",
  signIns: "sign-ins",
} as const satisfies Record<TRoster, string>;

/** Where a list lives: a county's roster under that county; an administrator's list under /admin. */
export type TListPlace = { roster: TCountyRoster; countyCode: string } | { roster: TAdminList; countyCode?: undefined };

/** A list's page, its A4 print view and its export (which names the county in its query). */
export function listAddresses(place: TListPlace) {
  const base = place.countyCode === undefined ? "/admin" : `/county/${place.countyCode}`;
  return { list: `${base}/${LIST_PAGE[place.roster]}`, print: `${base}/print/${place.roster}`, export: `/api/export/${place.roster}` };
}
