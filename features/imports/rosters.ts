/** The rosters that export to a workbook and print on A4, by the name their addresses use. */
export const ROSTERS = ["orgs", "cadres", "members", "schools", "units", "youthHomes"] as const;
export type TRoster = (typeof ROSTERS)[number];
export const isRoster = (v: string): v is TRoster => (ROSTERS as readonly string[]).includes(v);

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
} as const;
