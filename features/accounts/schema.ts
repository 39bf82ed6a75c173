import { z } from "zod";
import { ZPage } from "@/lib/schemas/common";
import { sortOf } from "@/lib/list";

/** Inputs of the account procedures; the same objects check the forms. */
export const SIGN_IN_OUTCOMES = ["ok", "bad_password", "unknown_user", "locked", "throttled"] as const;

export const ZUsername = z.string().trim().min(1).max(64);

/** Accounts by username unless sorted; the sign-in log newest first unless sorted. */
export const ACCOUNT_SORTS = ["username", "role"] as const;
export const SIGN_IN_SORTS = ["at", "username", "outcome"] as const;

export const ZListAccounts = z.object({ ...sortOf(ACCOUNT_SORTS), q: z.string().trim().max(64).optional(), page: ZPage });
export const ZAccountAction = z.object({ username: ZUsername });
export const ZListSignIns = z.object({
  ...sortOf(SIGN_IN_SORTS),
  username: z.string().trim().max(64).optional(),
  outcome: z.enum(SIGN_IN_OUTCOMES).optional(),
  page: ZPage,
});
export type TListAccountsInput = z.output<typeof ZListAccounts>;
export type TListSignInsInput = z.output<typeof ZListSignIns>;

/** The policy itself (length setting, common list) is checked on the server, beside the field. */
export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(1).max(200),
    repeatPassword: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.repeatPassword, { path: ["repeatPassword"], error: "pw.mismatch" });

export type TChangePasswordInput = z.infer<typeof ZChangePassword>;
