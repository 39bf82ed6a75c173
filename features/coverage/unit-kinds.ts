import type { TPlainMessageKey, TTranslate } from "@/lib/i18n";
import { SCHOOL_KINDS, UNIT_KINDS, type COVERAGE_KINDS } from "./schema";
import type { DemonstrationLevel, SchoolKind, UnitKind } from "@/server/generated/prisma/enums";

/** The three kinds of coverage unit and the row each list shows. */
export type TUnitKind = (typeof COVERAGE_KINDS)[number];
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


type TColumn = { id: string; label: TPlainMessageKey; width: number; cell: (r: TRow, t: TTranslate) => string | number };
/** An enumerated value's label; "—" when the row carries none of the kind's values. */
const label = <T extends string>(v: T | undefined, text: (v: T) => string) => (v ? text(v) : "—");
const yesNo = (v: boolean | undefined, t: TTranslate) => (v ? t("common.yes") : t("common.no"));
/**
 * The columns of each kind's list, its export and its print: those every kind shows (the name,
 * first, is the key column), then each kind's own.
 */
export const COMMON_COLUMNS: TColumn[] = [
  { id: "name", label: "coverage.name", width: 36, cell: (r) => r.name },
  { id: "place", label: "coverage.place", width: 16, cell: (r) => r.region.name },
  { id: "org", label: "coverage.org", width: 36, cell: (r, t) => r.organisation?.name ?? t("common.none") },
];
export const KIND_COLUMNS: Record<TUnitKind, TColumn[]> = {
  school: [
    { id: "kind", label: "coverage.kind", width: 10, cell: (r, t) => label(pick(SCHOOL_KINDS, r.kind), (k) => t(`schoolKind.${k}`)) },
    { id: "hasLeagueSchool", label: "coverage.hasLeagueSchool", width: 10, cell: (r, t) => yesNo(r.hasLeagueSchool, t) },
    { id: "level", label: "coverage.level", width: 12, cell: (r, t) => label(r.leagueSchoolLevel, (k) => t(`level.demo.${k}`)) },
  ],
  unit: [
    { id: "kind", label: "coverage.kind", width: 10, cell: (r, t) => label(pick(UNIT_KINDS, r.kind), (k) => t(`unitKind.${k}`)) },
    { id: "memberCount", label: "coverage.memberCount", width: 10, cell: (r) => r.memberCount ?? 0 },
    { id: "youngStaffCount", label: "coverage.youngStaffCount", width: 14, cell: (r) => r.youngStaffCount ?? 0 },
    { id: "eligible", label: "coverage.eligible", width: 8, cell: (r, t) => yesNo(r.eligible, t) },
  ],
  youthHome: [
    { id: "address", label: "coverage.address", width: 30, cell: (r) => r.address || "—" },
    { id: "openedOn", label: "coverage.openedOn", width: 12, cell: (r) => r.openedOn ?? "—" },
    { id: "entityRun", label: "coverage.entityRun", width: 10, cell: (r, t) => yesNo(r.entityRun, t) },
  ],
};

const pick = <T extends readonly string[]>(values: T, v: string | undefined): T[number] | undefined => (v && (values as readonly string[]).includes(v) ? v : undefined);
