import { z } from "zod";
import { ZPage } from "@/lib/schemas/common";

/** Inputs of the account procedures; the same objects check the forms. */
export const SIGN_IN_OUTCOMES = ["ok", "bad_password", "unknown_user", "locked", "throttled"] as const;

export const ZUsername = z.string().trim().min(1).max(64);

export const ZListAccounts = z.object({ q: z.string().trim().max(64).optional(), page: ZPage });
export const ZAccountAction = z.object({ username: ZUsername });
export const ZListSignIns = z.object({ username: z.string().trim().max(64).optional(), outcome: z.enum(SIGN_IN_OUTCOMES).optional(), page: ZPage });

/** The policy itself (length setting, common list) is checked on the server, beside the field. */
export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(1).max(200),
    repeatPassword: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.repeatPassword, { path: ["repeatPassword"], error: "pw.mismatch" });

export type TChangePasswordInput = z.infer<typeof ZChangePassword>;
