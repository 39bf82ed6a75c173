import { z } from "zod";
import { msg } from "@/lib/validation/messages";
import { ZDay, ZId, ZPage, ZVersion, blankToNull } from "@/lib/schemas/common";
import { sortOf } from "@/lib/list";

export const SCHOOL_KINDS = ["MIDDLE", "VOCATIONAL"] as const;
export const DEMO_LEVELS = ["NONE", "COUNTY", "PREFECTURE", "PROVINCE", "NATIONAL"] as const;
export const UNIT_KINDS = ["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANISATION"] as const;

const ZName = z.string({ error: "v.required" }).trim().min(2, { error: "v.nameShort" }).max(80, { error: "v.nameLong" });
const ZOptionalId = z.preprocess(blankToNull, ZId.nullable());
const ZCount = z.number({ error: "v.number" }).int({ error: "v.integer" }).min(0, { error: "v.number" }).max(1_000_000, { error: msg("v.max", { max: 1_000_000 }) });
const ZEdit = { id: z.string().max(64).nullable(), version: ZVersion.nullable() };

export const ZSchoolInput = z
  .object({
    ...ZEdit,
    name: ZName,
    kind: z.enum(SCHOOL_KINDS, { error: "v.choose" }),
    regionId: ZId,
    organisationId: ZOptionalId,
    hasLeagueSchool: z.boolean(),
    leagueSchoolLevel: z.enum(DEMO_LEVELS, { error: "v.choose" }),
  })
  .refine((v) => v.hasLeagueSchool || v.leagueSchoolLevel === "NONE", { error: "v.levelWithoutSchool", path: ["leagueSchoolLevel"] });

export const ZUnitInput = z.object({
  ...ZEdit,
  name: ZName,
  kind: z.enum(UNIT_KINDS, { error: "v.choose" }),
  regionId: ZId,
  organisationId: ZOptionalId,
  memberCount: ZCount,
  youngStaffCount: ZCount,
});

export const ZYouthHomeInput = z.object({
  ...ZEdit,
  name: ZName,
  regionId: ZId,
  organisationId: ZOptionalId,
  address: z.string().trim().max(120, { error: "v.noteLong" }),
  openedOn: z.preprocess(blankToNull, ZDay.nullable()),
  entityRun: z.boolean(),
});

/** The number fields a form converts from what was typed. */
export const UNIT_NUMBER_FIELDS = ["memberCount", "youngStaffCount"] as const;

export type TSchoolInput = z.infer<typeof ZSchoolInput>;
export type TUnitInput = z.infer<typeof ZUnitInput>;
export type TYouthHomeInput = z.infer<typeof ZYouthHomeInput>;

/** The three kinds of coverage unit, and the columns their lists sort by. */
export const COVERAGE_KINDS = ["school", "unit", "youthHome"] as const;
export const UNIT_SORTS = ["name", "place", "org"] as const;

export const ZListUnitsInput = z.object({
  ...sortOf(UNIT_SORTS),
  countyCode: z.string().regex(/^\d{6}$/),
  kind: z.enum(COVERAGE_KINDS),
  page: ZPage,
  pageSize: z.number().int().min(5).max(100).default(50),
  q: z.string().trim().max(40).default(""),
});
export type TListUnitsInput = z.input<typeof ZListUnitsInput>;
