import { ROLE_RULES } from "@/lib/permissions";
import { ZAccountAction, ZChangePassword, ZListAccounts, ZListSignIns } from "@/features/accounts/schema";
import { changeOwnPassword, endAccountSessions, listAccounts, listSignIns, unlockAccount } from "./accounts";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const admin = roleProcedure(...ROLE_RULES.manageAccounts);

export const accountRouter = router({
  list: admin.input(ZListAccounts).query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input)),
  signIns: admin.input(ZListSignIns).query(({ ctx, input }) => listSignIns(ctx.db, ctx.actor, input)),
  unlock: admin.input(ZAccountAction).mutation(({ ctx, input }) => unlockAccount(ctx.db, ctx.actor, input)),
  endSessions: admin.input(ZAccountAction).mutation(({ ctx, input }) => endAccountSessions(ctx.db, ctx.actor, input)),
  /** Any signed-in user, for their own account; their other sessions end. */
  changePassword: scopedProcedure
    .input(ZChangePassword)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.actor, input, ctx.session.sessionId)),
});
