/**
 * The rules an administrator may set, each typed: a whole number, a decimal, or a table (the term
 * lengths, the team standards). Every value holds from a year on, nationally or for one province;
 * the value of a year is the province's own when it has one, else the national one, else the
 * default here (see features/settings/server/settings.ts). Each names its group: indicator
 * settings change figures (kept figures record the ones they were computed under), the others do
 * not. Security and upload settings protect one server and are national only.
 */
import { z } from "zod";
import { msg } from "@/lib/validation/messages";
import { RATING_GRADES, RATING_SCALE } from "./rating";
import { TEAM_KINDS, TEAM_ROLES, TEAM_STANDARDS, type TTeamStandards } from "./standards";

type TGroup = "indicators" | "assessments" | "transfers" | "security" | "uploads";
type TBase<T> = { group: TGroup; perProvince: boolean; default: T; schema: z.ZodType<T> };
export type TNumberSpec = TBase<number> & { kind: "int" | "decimal"; min: number; max: number; places: number };
export type TTableSpec<T> = TBase<T> & { kind: "table" };
/** A list of like items; its schema says how many and of what. */
export type TListSpec<T> = TBase<T[]> & { kind: "list" };

function whole(def: number, min: number, max: number, group: TGroup, perProvince = group !== "security" && group !== "uploads"): TNumberSpec {
  return { kind: "int", default: def, min, max, places: 0, group, perProvince, schema: z.number().int().min(min).max(max) };
}
function decimal(def: number, min: number, max: number, places: number, group: TGroup): TNumberSpec {
  const step = 10 ** places;
  const schema = z.number().min(min).max(max).refine((v) => Math.abs(Math.round(v * step) - v * step) < 1e-6, { message: `v.decimals?places=${places}` });
  return { kind: "decimal", default: def, min, max, places, group, perProvince: true, schema };
}

const ZRange = z.tuple([z.int().min(0).max(99), z.int().min(0).max(99).nullable()]);
/** The shape of the team standards; the setting's own check also wants every maximum at or above its minimum. */
export const ZTeamStandardsShape = z.object(Object.fromEntries(TEAM_KINDS.map((k) => [k, z.object(Object.fromEntries(TEAM_ROLES.map((r) => [r, ZRange])))]))) as unknown as z.ZodType<TTeamStandards>;
const ZTeamStandards = ZTeamStandardsShape.refine((v) => TEAM_KINDS.every((k) => TEAM_ROLES.every((r) => v[k][r][1] === null || v[k][r][1]! >= v[k][r][0])), { message: "v.rangeOrder" });
const ZScore = z.int().min(0).max(100);
/** The rating scale's floors, highest grade first: each below the one before. */
const ZRatingScale = z
  .array(ZScore)
  .length(RATING_GRADES.length - 1, { error: msg("v.listLength", { count: RATING_GRADES.length - 1 }) })
  .refine((v) => v.every((x, i) => i === 0 || x < v[i - 1]!), { message: "v.descending" });
const ZTermYears = z.object({ branch: z.int().min(1).max(10), committee: z.int().min(1).max(10) });
export type TTermYears = z.infer<typeof ZTermYears>;

export const SETTINGS = {
  /** Days a relation transfer waits for the other side before it expires. */
  transferExpiryDays: whole(30, 1, 365, "transfers"),
  /** League members an enterprise or social organisation needs before it must set one up. */
  unitEligibleMembers: whole(3, 1, 1_000, "indicators"),
  /** Young staff (35 or under) that also make a unit eligible. */
  unitEligibleYoungStaff: whole(10, 1, 10_000, "indicators"),
  /** F1: the work funds (yuan per year) a township needs at least. */
  fundsTownshipYuan: whole(20_000, 1, 100_000_000, "indicators"),
  /** F1: and at least this many yuan per resident aged 6–35 (to the fen). */
  fundsPerResidentYuan: decimal(3, 0.01, 10_000, 2, "indicators"),
  /** Years an organisation's committee serves before it must be re-elected (branch, committee). */
  termYears: { kind: "table", default: { branch: 3, committee: 5 }, group: "indicators", perProvince: true, schema: ZTermYears } satisfies TTableSpec<TTermYears>,
  /** Team staffing standards: [min, max] of each role; a null max means "at least". */
  teamStandards: { kind: "table", default: TEAM_STANDARDS, group: "indicators", perProvince: true, schema: ZTeamStandards } satisfies TTableSpec<TTeamStandards>,
  /** Star rating (对标定级): the lowest score of each grade, five stars first; below the last a branch is weak and lax. */
  ratingScale: {
    kind: "list",
    default: [...RATING_SCALE],
    group: "assessments",
    perProvince: true,
    schema: ZRatingScale,
  } satisfies TListSpec<number>,
  /** Sign-in and sessions (kept together). Wrong passwords in a row that lock an account. */
  lockoutThreshold: whole(10, 3, 100, "security"),
  /** Minutes a locked account stays locked, unless an administrator unlocks it sooner. */
  lockoutMinutes: whole(15, 1, 1_440, "security"),
  /** Failures from one address within 15 minutes after which each further attempt must wait longer. */
  throttleStart: whole(5, 1, 1_000, "security"),
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: whole(30, 5, 1_440, "security"),
  /** Hours after sign-in at which a session ends, however busy. */
  sessionAbsoluteHours: whole(12, 1, 24, "security"),
  /** Shortest password a user may set. */
  passwordMinLength: whole(10, 8, 64, "security"),
  /** The largest roster workbook (MB) an import reads; a larger upload is refused before its body is read. */
  uploadMaxMb: whole(20, 1, 200, "uploads"),
  /** Data rows one workbook may hold. */
  uploadMaxRows: whole(50_000, 100, 500_000, "uploads"),
  /** MB a workbook may unpack to (it is a zip): counted as it is inflated, so a small zip bomb stops here. */
  uploadMaxUnpackedMb: whole(200, 10, 2_000, "uploads"),
  /** Seconds the reading of one workbook may take before it is stopped. */
  uploadParseSeconds: whole(60, 5, 600, "uploads"),
};

export type TSettingKey = keyof typeof SETTINGS;
export type TSettings = { [K in TSettingKey]: (typeof SETTINGS)[K]["default"] };
export type TSettingGroup = TGroup;
export type TNumberSettingKey = { [K in TSettingKey]: (typeof SETTINGS)[K] extends TNumberSpec ? K : never }[TSettingKey];

export const SETTING_KEYS = Object.keys(SETTINGS) as [TSettingKey, ...TSettingKey[]];
export const NUMBER_SETTING_KEYS = SETTING_KEYS.filter((k): k is TNumberSettingKey => SETTINGS[k].kind === "int" || SETTINGS[k].kind === "decimal");

export const SETTING_DEFAULTS = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default])) as TSettings;

/** The settings that change indicator figures. */
export const INDICATOR_SETTING_KEYS = SETTING_KEYS.filter((k) => SETTINGS[k].group === "indicators");

/** The first year a value can hold from; a value from this year holds for every period there is. */
export const SETTINGS_EPOCH = 2000;

/** What is wrong with a value of a setting, cell by cell: the path in the value ("" for the whole) and a message key. */
export function settingIssues(key: TSettingKey, value: unknown): { path: string; message: string }[] {
  const r = SETTINGS[key].schema.safeParse(value);
  return r.success ? [] : issuesOf(r.error);
}

/** Every issue's message is a catalogue key: the schemas name theirs, the shared error map the rest. */
const issuesOf = (error: z.ZodError) => error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

/** A stored value checked against its setting's own type and bounds: the message key when it is not. */
export function checkSettingValue(key: TSettingKey, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const r = SETTINGS[key].schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: issuesOf(r.error)[0]!.message };
}
