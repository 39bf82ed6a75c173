import { z } from "zod";
import { ZId, ZPage } from "@/lib/schemas/common";
import { sortOf } from "@/lib/list";

export const ZRequestTransferInput = z.object({
  memberId: ZId,
  toOrgId: ZId,
  note: z.string().trim().max(300, { error: "v.noteLong" }).default(""),
});

export const ZRequestTransferInInput = z.object({
  developmentNumber: z.string({ error: "v.devNumberRequired" }).trim().regex(/^\d{12}$/, { error: "v.devNumberFormat" }),
  name: z.string({ error: "v.required" }).trim().min(2, { error: "v.personName" }).max(30, { error: "v.personName" }),
  toOrgId: ZId,
  note: z.string().trim().max(300, { error: "v.noteLong" }).default(""),
});

export const ZDecideTransferInput = z
  .object({
    transferId: ZId,
    approve: z.boolean(),
    comment: z.string().trim().max(300, { error: "v.noteLong" }).default(""),
  })
  .refine((v) => v.approve || v.comment.length >= 2, { error: "transfer.reasonRequired", path: ["comment"] });

/** A county's transfers of one side: in (to the county) or out (from it), newest first unless sorted. */
export const TRANSFER_SIDES = ["in", "out"] as const;
export const TRANSFER_SORTS = ["requestedAt", "status"] as const;
export const ZListTransfersInput = z.object({
  ...sortOf(TRANSFER_SORTS),
  countyCode: z.string().regex(/^\d{6}$/),
  side: z.enum(TRANSFER_SIDES).default("in"),
  page: ZPage,
  pageSize: z.number().int().min(5).max(100).default(20),
  /** Part of a development number: names are masked for the receiving side, so they are not searched. */
  q: z.string().trim().max(20).default(""),
});
export type TListTransfersInput = z.input<typeof ZListTransfersInput>;
