import { z } from "zod";
import { ageOn } from "../validation/identity";
import { ZIdNumber, ZPhone, refineIdentity } from "./cadre";
import { GENDERS, ZDay, ZId, ZPersonName, blankToNull } from "./common";

export const MEMBER_CATEGORIES = ["JUNIOR_HIGH", "SENIOR_HIGH", "VOCATIONAL", "UNIVERSITY", "SOCIAL"] as const;
export const MIN_JOIN_AGE = 14;
/** The recommend-for-Party steps, in the order they must happen. */
export const PIPELINE_STEPS = ["partyAppliedOn", "recommendedOn", "activistOn", "developmentTargetOn", "admittedOn"] as const;

const ZOptionalDay = z.preprocess(blankToNull, ZDay.nullable());

export const ZMemberFields = z.object({
  name: ZPersonName,
  gender: z.enum(GENDERS, { error: "v.choose" }),
  birthDate: ZDay,
  idNumber: ZIdNumber,
  phone: ZPhone,
  developmentNumber: z
    .string({ error: "v.devNumberRequired" })
    .trim()
    .min(1, { error: "v.devNumberRequired" })
    .regex(/^\d{12}$/, { error: "v.devNumberFormat" }),
  joinedOn: ZDay,
  category: z.enum(MEMBER_CATEGORIES, { error: "v.choose" }),
  organisationId: ZId,
  archiveCertified: z.boolean(),
  registeredYear: z.preprocess(blankToNull, z.coerce.number().int().min(1949, { error: "v.year" }).max(2100, { error: "v.year" }).nullable()),
  holdsPost: z.boolean(),
  partyAppliedOn: ZOptionalDay,
  recommendedOn: ZOptionalDay,
  activistOn: ZOptionalDay,
  developmentTargetOn: ZOptionalDay,
  admittedOn: ZOptionalDay,
});

type TFields = z.infer<typeof ZMemberFields>;

/** The member rules of seed 002 and domain.md §3, each reported on its own field. */
export function refineMember(v: TFields, ctx: z.RefinementCtx) {
  refineIdentity(v, ctx);
  if (ageOn(v.birthDate, v.joinedOn) < MIN_JOIN_AGE) {
    ctx.addIssue({ code: "custom", path: ["joinedOn"], message: "v.joinAge" });
  }
  if (v.developmentNumber.slice(0, 4) !== v.joinedOn.slice(0, 4)) {
    ctx.addIssue({ code: "custom", path: ["developmentNumber"], message: "v.devNumberYear" });
  }
  let previous: string | null = v.joinedOn;
  for (const step of PIPELINE_STEPS) {
    const day = v[step];
    if (!day) {
      previous = null;
      continue;
    }
    if (previous === null) ctx.addIssue({ code: "custom", path: [step], message: "v.pipelineGap" });
    else if (day < previous) ctx.addIssue({ code: "custom", path: [step], message: "v.pipelineOrder" });
    previous = day;
  }
}

export const ZCreateMemberInput = ZMemberFields.superRefine(refineMember);
export type TCreateMemberInput = z.infer<typeof ZCreateMemberInput>;

export const ZUpdateMemberInput = ZMemberFields.extend({ id: ZId, version: z.number().int().min(1) }).superRefine(refineMember);
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;

export const ZListMembersInput = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
  q: z.string().trim().max(30).default(""),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  organisationId: z.string().max(64).optional(),
  joinedYear: z.number().int().min(1949).max(2100).optional(),
  dueToLeave: z.boolean().optional(),
});
export type TListMembersInput = z.input<typeof ZListMembersInput>;

/** Members age out at 28 unless they hold a post. */
export const AGE_OUT = 28;
