import { z } from "zod";
import { ZId } from "@/lib/schemas/common";

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
