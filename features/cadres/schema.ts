import { z } from "zod";
import { sortOf } from "@/lib/list";
import { ageOn, checkIdNumber, isPhone } from "@/lib/validation/identity";
import { GENDERS, ZDay, ZId, ZPage, ZPersonName, ZVersion, blankToNull, today } from "@/lib/schemas/common";

export const EDUCATIONS = ["JUNIOR_HIGH_OR_BELOW", "SENIOR_HIGH", "JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE"] as const;
export const STAFFING_TYPES = ["FULL_TIME", "SECONDED", "PART_TIME"] as const;
export const CADRE_SOURCES = ["CIVIL_SERVICE", "COLLEGE_STUDENT", "VILLAGE_COMMITTEES", "TEACHER", "ENTERPRISE", "VOLUNTEER", "OTHER"] as const;
export const POSTS = ["SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "STAFF"] as const;

const ID_MESSAGES = { format: "v.idFormat", checksum: "v.idChecksum", birthDate: "v.idBirthDate" } as const;

export const ZIdNumber = z.preprocess(
  blankToNull,
  z.string().trim().toUpperCase().max(18).nullable(),
);
export const ZPhone = z.preprocess(
  blankToNull,
  z.string().trim().max(20).refine(isPhone, { error: "v.phone" }).nullable(),
);

/** ID number checked against GB 11643 and against the birth date given beside it. */
export function refineIdentity(
  v: { idNumber: string | null; birthDate: string },
  ctx: z.RefinementCtx,
) {
  if (!v.idNumber) return;
  const problem = checkIdNumber(v.idNumber, v.birthDate);
  if (problem) ctx.addIssue({ code: "custom", path: ["idNumber"], message: ID_MESSAGES[problem] });
}

export const ZCadreFields = z.object({
  name: ZPersonName,
  gender: z.enum(GENDERS, { error: "v.choose" }),
  birthDate: ZDay,
  idNumber: ZIdNumber,
  phone: ZPhone,
  education: z.enum(EDUCATIONS, { error: "v.choose" }),
  staffingType: z.enum(STAFFING_TYPES, { error: "v.choose" }),
  source: z.enum(CADRE_SOURCES, { error: "v.choose" }),
  inVillageCommittees: z.boolean(),
});

const adultCadre = (v: { birthDate: string }, ctx: z.RefinementCtx) => {
  const age = ageOn(v.birthDate, today());
  if (age < 14 || age > 80) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "v.cadreAge" });
};

export const ZPositionInput = z.object({
  organisationId: ZId,
  post: z.enum(POSTS, { error: "v.choose" }),
  startedOn: ZDay,
});

export const ZCreateCadreInput = ZCadreFields.extend({ position: ZPositionInput })
  .superRefine(refineIdentity)
  .superRefine(adultCadre);
export type TCreateCadreInput = z.infer<typeof ZCreateCadreInput>;

/** An edit; ID number and phone left out keep their stored values (see ZUpdateMemberInput). */
export const ZUpdateCadreInput = ZCadreFields.extend({ id: ZId, version: ZVersion, idNumber: ZIdNumber.optional(), phone: ZPhone.optional() })
  .superRefine((v, ctx) => refineIdentity({ ...v, idNumber: v.idNumber ?? null }, ctx))
  .superRefine(adultCadre);
export type TUpdateCadreInput = z.infer<typeof ZUpdateCadreInput>;

export const ZAddPositionInput = ZPositionInput.extend({ cadreId: ZId, version: ZVersion });
export const ZEndPositionInput = z.object({ positionId: ZId, endedOn: ZDay });

/** The columns the cadre list sorts by. */
export const CADRE_SORTS = ["name", "staffingType"] as const;

export const ZListCadresInput = z.object({
  ...sortOf(CADRE_SORTS),
  countyCode: z.string().regex(/^\d{6}$/),
  page: ZPage,
  pageSize: z.number().int().min(5).max(100).default(20),
  q: z.string().trim().max(30).default(""),
  staffingType: z.enum(STAFFING_TYPES).optional(),
  post: z.enum(POSTS).optional(),
  townshipId: z.string().max(64).optional(),
});
export type TListCadresInput = z.input<typeof ZListCadresInput>;
