import { z } from "zod";
import { ZId } from "@/lib/schemas/common";

export const ZDecideRecommendationInput = z
  .object({ memberId: ZId, approve: z.boolean(), comment: z.string().trim().max(300, { error: "v.noteLong" }).default("") })
  .refine((v) => v.approve || v.comment.length >= 2, { error: "transfer.reasonRequired", path: ["comment"] });

export const ZPipelineInput = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  year: z.number().int().min(2000).max(2100),
});
