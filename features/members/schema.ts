import { z } from "zod";
import { sortOf } from "@/lib/list";
import { ageOn } from "@/lib/validation/identity";
import { ZIdNumber, ZPhone, refineIdentity } from "../cadres/schema";
import { GENDERS, ZDay, ZId, ZPage, ZPersonName, ZVersion, blankToNull, today } from "@/lib/schemas/common";

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
  /** The day the e-archive was certified, or null while it is not. */
  archiveCertifiedOn: ZOptionalDay,
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
  if (v.archiveCertifiedOn && v.archiveCertifiedOn < v.joinedOn) {
    ctx.addIssue({ code: "custom", path: ["archiveCertifiedOn"], message: "v.archiveBeforeJoin" });
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

/**
 * A row of the members import: a member, and optionally a year for which they are registered
 * (团籍注册), from the year they joined to this year.
 */
export const ZMemberImportRow = ZMemberFields.extend({
  registeredYear: z.number({ error: "v.year" }).int({ error: "v.year" }).min(1949, { error: "v.year" }).max(2100, { error: "v.year" }).nullable(),
}).superRefine((v, ctx) => {
  refineMember(v, ctx);
  if (v.registeredYear !== null && (v.registeredYear < Number(v.joinedOn.slice(0, 4)) || v.registeredYear > Number(today().slice(0, 4)))) {
    ctx.addIssue({ code: "custom", path: ["registeredYear"], message: "v.registeredYear" });
  }
});
export type TMemberImportRow = z.infer<typeof ZMemberImportRow>;

/**
 * An edit. ID number and phone may be left out (undefined): the stored values stay, which is what
 * a viewer who sees them masked sends unless they type a new value. Null clears a value, which
 * only a viewer of the raw values may do.
 */
export const ZUpdateMemberInput = ZMemberFields.extend({
  id: ZId,
  version: ZVersion,
  idNumber: ZIdNumber.optional(),
  phone: ZPhone.optional(),
}).superRefine((v, ctx) => refineMember({ ...v, idNumber: v.idNumber ?? null, phone: v.phone ?? null }, ctx));
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;

export const LEAVE_REASONS = ["AGED_OUT", "LEFT"] as const;

/** A member leaves the League on a day, for a reason; their membership ends that day. */
export const ZLeaveMemberInput = z.object({
  id: ZId,
  version: ZVersion,
  leftOn: ZDay,
  reason: z.enum(LEAVE_REASONS, { error: "v.choose" }),
});
export type TLeaveMemberInput = z.infer<typeof ZLeaveMemberInput>;

export const REGISTRATION_STATUSES = ["REGISTERED", "NOT_REGISTERED"] as const;

/**
 * One year's registration of one member. `version` is the version of the entry the user saw, or
 * null for a year not recorded yet; a reason is required when the member is not registered.
 */
export const ZRegistrationInput = z
  .object({
    memberId: ZId,
    year: z.number({ error: "v.year" }).int({ error: "v.year" }).min(1949, { error: "v.year" }).max(2100, { error: "v.year" }),
    status: z.enum(REGISTRATION_STATUSES, { error: "v.choose" }),
    reason: z.string().trim().max(200, { error: "v.noteLong" }).default(""),
    version: ZVersion.nullable(),
  })
  .refine((v) => v.year <= Number(today().slice(0, 4)), { error: "v.yearFuture", path: ["year"] })
  .refine((v) => v.status === "REGISTERED" || v.reason.length >= 2, { error: "v.registrationReason", path: ["reason"] });
export type TRegistrationInput = z.infer<typeof ZRegistrationInput>;

/** The columns the member list sorts by. */
export const MEMBER_SORTS = ["name", "developmentNumber", "category", "organisation", "joinedOn"] as const;

export const ZListMembersInput = z.object({
  ...sortOf(MEMBER_SORTS),
  countyCode: z.string().regex(/^\d{6}$/),
  page: ZPage,
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
