import { ROLE_RULES } from "@/lib/permissions";
import { ZDecideRecommendationInput, ZPipelineInput } from "@/features/pipeline/schema";
import * as pipeline from "./pipeline";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

export const pipelineRouter = router({
  board: scopedProcedure.input(ZPipelineInput).query(({ ctx, input }) => pipeline.pipelineBoard(ctx.db, ctx.actor, input.countyCode, input.year)),
  decide: roleProcedure(...ROLE_RULES.decideRecommendations)
    .input(ZDecideRecommendationInput)
    .mutation(({ ctx, input }) => pipeline.decideRecommendation(ctx.db, ctx.actor, input)),
});
