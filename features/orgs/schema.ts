import { z } from "zod";
import { sortOf } from "@/lib/list";
import { msg } from "@/lib/validation/messages";
import { ZDay, ZPage, ZVersion } from "@/lib/schemas/common";

// Messages are keys of the message catalogue (lib/i18n), translated where they are shown.
export const ORG_TYPES = [
  "COUNTY_COMMITTEE",
  "COMMITTEE",
  "WORKING_COMMITTEE",
  "GENERAL_BRANCH",
  "BRANCH",
  "JOINT_BRANCH",
  "TEMPORARY_BRANCH",
  "YOUTH_WORK_COMMITTEE",
] as const;
export const ORG_DOMAINS = [
  "RURAL",
  "COMMUNITY",
  "MIDDLE_SCHOOL",
  "VOCATIONAL_SCHOOL",
  "UNIVERSITY",
  "GOVERNMENT",
  "PUBLIC_INSTITUTION",
  "STATE_ENTERPRISE",
  "NON_PUBLIC_ENTERPRISE",
  "SOCIAL_ORGANISATION",
  "NEW_SECTOR",
  "INDUSTRY",
] as const;
export const SETUP_MODES = [
  "PARTY_LED",
  "TOWNSHIP_OFFICES",
  "COMMUNITY_VILLAGE",
  "NEIGHBOURING_VILLAGES",
  "SHARED_INTEREST",
  "AREA",
  "INDUSTRY_CHAIN",
  "TRADE",
] as const;
export const ORG_STATUSES = ["ACTIVE", "RECTIFYING", "MERGED", "DISSOLVED"] as const;

export type TOrgType = (typeof ORG_TYPES)[number];
export type TOrgDomain = (typeof ORG_DOMAINS)[number];
export type TOrgStatus = (typeof ORG_STATUSES)[number];

const ZId = z.string({ error: "v.required" }).min(1, { error: "v.required" }).max(64);
const ZDate = ZDay;

export const ZOrgFields = z.object({
  name: z
    .string({ error: "v.required" })
    .trim()
    .min(2, { error: "v.nameShort" })
    .max(80, { error: "v.nameLong" }),
  type: z.enum(ORG_TYPES, { error: "v.choose" }),
  domain: z.enum(ORG_DOMAINS, { error: "v.choose" }),
  setupMode: z.enum(SETUP_MODES, { error: "v.choose" }).nullable(),
  regionId: ZId,
  parentId: ZId.nullable(),
  foundedOn: ZDate.nullable(),
  termStartedOn: ZDate.nullable(),
  note: z.string().trim().max(500, { error: "v.noteLong" }),
  /** Establishment quota (编制) of posts, where one is set. */
  quota: z.number({ error: "v.number" }).int({ error: "v.integer" }).min(0, { error: "v.number" }).max(1000, { error: msg("v.max", { max: 1000 }) }).nullable(),
});

export const ZCreateOrgInput = ZOrgFields.refine(
  (o) => !o.foundedOn || !o.termStartedOn || o.termStartedOn >= o.foundedOn,
  { error: "v.termBeforeFounded", path: ["termStartedOn"] },
);
export type TCreateOrgInput = z.infer<typeof ZCreateOrgInput>;

export const ZUpdateOrgInput = ZOrgFields.extend({ id: ZId, version: ZVersion })
  .refine((o) => !o.foundedOn || !o.termStartedOn || o.termStartedOn >= o.foundedOn, {
    error: "v.termBeforeFounded",
    path: ["termStartedOn"],
  });
export type TUpdateOrgInput = z.infer<typeof ZUpdateOrgInput>;

export const ZSetOrgStatusInput = z.object({
  id: ZId,
  version: ZVersion,
  status: z.enum(ORG_STATUSES, { error: "v.choose" }),
  reason: z.string().trim().min(2, { error: "v.reasonRequired" }).max(300, { error: "v.noteLong" }),
});
export type TSetOrgStatusInput = z.infer<typeof ZSetOrgStatusInput>;

/** The columns the organisation list sorts by. */
export const ORG_SORTS = ["name", "type", "domain", "region", "status"] as const;

export const ZListOrgsInput = z.object({
  ...sortOf(ORG_SORTS),
  countyCode: z.string().regex(/^\d{6}$/),
  page: ZPage,
  pageSize: z.number().int().min(5).max(100).default(20),
  q: z.string().trim().max(40).default(""),
  type: z.enum(ORG_TYPES).optional(),
  domain: z.enum(ORG_DOMAINS).optional(),
  status: z.enum(ORG_STATUSES).optional(),
  townshipId: z.string().max(64).optional(),
});
export type TListOrgsInput = z.input<typeof ZListOrgsInput>;
