import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { ZStatInput } from "@/features/statistics/schema";
import * as stats from "./stats";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

export const statRouter = router({
  list: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/) }))
    .query(({ ctx, input }) => stats.listStats(ctx.db, ctx.actor, input.countyCode)),
  save: roleProcedure(...ROLE_RULES.editStats)
    .input(ZStatInput)
    .mutation(({ ctx, input }) => stats.saveStat(ctx.db, ctx.actor, input)),
});
