import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { ZCreateMemberInput, ZLeaveMemberInput, ZListMembersInput, ZRegistrationInput, ZUpdateMemberInput } from "@/features/members/schema";
import * as members from "./members";
import { listMembers } from "./member-list";
import { memberOrgOptions } from "@/features/orgs/server/org-pick";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const editor = roleProcedure(...ROLE_RULES.editPeople);

export const memberRouter = router({
  list: scopedProcedure.input(ZListMembersInput).query(({ ctx, input }) => listMembers(ctx.db, ctx.actor, input)),
  get: scopedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => members.getMember(ctx.db, ctx.actor, input.id)),
  orgOptions: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/) }))
    .query(({ ctx, input }) => memberOrgOptions(ctx.db, ctx.actor, input.countyCode)),
  create: editor.input(ZCreateMemberInput).mutation(({ ctx, input }) => members.createMember(ctx.db, ctx.actor, input)),
  update: editor.input(ZUpdateMemberInput).mutation(({ ctx, input }) => members.updateMember(ctx.db, ctx.actor, input)),
  leave: editor.input(ZLeaveMemberInput).mutation(({ ctx, input }) => members.leaveMember(ctx.db, ctx.actor, input)),
  register: editor.input(ZRegistrationInput).mutation(({ ctx, input }) => members.recordRegistration(ctx.db, ctx.actor, input)),
});
