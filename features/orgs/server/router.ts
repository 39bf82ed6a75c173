import { z } from "zod";
import {
  ZCreateOrgInput,
  ZListOrgsInput,
  ZSetOrgStatusInput,
  ZUpdateOrgInput,
} from "@/features/orgs/schema";
import { ROLE_RULES } from "@/lib/permissions";
import { ZPickInCounty } from "@/lib/schemas/pick";
import * as orgs from "./orgs";
import { pickOrgs, pickParents } from "./org-pick";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const ZCounty = z.object({ countyCode: z.string().regex(/^\d{6}$/) });

export const orgRouter = router({
  list: scopedProcedure
    .input(ZListOrgsInput)
    .query(({ ctx, input }) => orgs.listOrgs(ctx.db, ctx.actor, input)),
  get: scopedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => orgs.getOrg(ctx.db, ctx.actor, input.id)),
  parentOptions: scopedProcedure
    .input(ZCounty)
    .query(({ ctx, input }) => orgs.listParentOptions(ctx.db, ctx.actor, input.countyCode)),
  pick: scopedProcedure
    .input(ZPickInCounty)
    .query(({ ctx, input }) => pickOrgs(ctx.db, ctx.actor, input)),
  pickParents: scopedProcedure
    .input(ZPickInCounty)
    .query(({ ctx, input }) => pickParents(ctx.db, ctx.actor, input)),
  create: roleProcedure(...ROLE_RULES.editOrgs)
    .input(ZCreateOrgInput)
    .mutation(({ ctx, input }) => orgs.createOrg(ctx.db, ctx.actor, input)),
  update: roleProcedure(...ROLE_RULES.editOrgs)
    .input(ZUpdateOrgInput)
    .mutation(({ ctx, input }) => orgs.updateOrg(ctx.db, ctx.actor, input)),
  setStatus: roleProcedure(...ROLE_RULES.changeOrgStatus)
    .input(ZSetOrgStatusInput)
    .mutation(({ ctx, input }) => orgs.setOrgStatus(ctx.db, ctx.actor, input)),
});
