import type { TPlainMessageKey } from "@/lib/i18n";
import type { DemonstrationLevel, SchoolKind, UnitKind } from "@/server/generated/prisma/enums";

/** The three kinds of coverage unit and the row each list shows. */
export type TUnitKind = "school" | "unit" | "youthHome";
export const KINDS: { kind: TUnitKind; label: TPlainMessageKey }[] = [
  { kind: "school", label: "coverage.schools" },
  { kind: "unit", label: "coverage.units" },
  { kind: "youthHome", label: "coverage.youthHomes" },
];
export type TRow = {
  id: string;
  name: string;
  regionId: string;
  organisationId: string | null;
  version: number;
  synthetic: boolean;
  region: { name: string };
  organisation: { name: string } | null;
  kind?: SchoolKind | UnitKind;
  hasLeagueSchool?: boolean;
  leagueSchoolLevel?: DemonstrationLevel;
  memberCount?: number;
  youngStaffCount?: number;
  eligible?: boolean;
  address?: string;
  openedOn?: string | null;
  entityRun?: boolean;
};

