import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import {
  ZAddPositionInput,
  ZCreateCadreInput,
  ZEndPositionInput,
  ZListCadresInput,
  ZUpdateCadreInput,
} from "@/features/cadres/schema";
import * as cadres from "./cadres";
import { staffingStandards } from "./standards";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const editor = roleProcedure(...ROLE_RULES.editPeople);

export const cadreRouter = router({
  list: scopedProcedure.input(ZListCadresInput).query(({ ctx, input }) => cadres.listCadres(ctx.db, ctx.actor, input)),
  get: scopedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => cadres.getCadre(ctx.db, ctx.actor, input.id)),
  standards: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/) }))
    .query(({ ctx, input }) => staffingStandards(ctx.db, ctx.actor, input.countyCode)),
  create: editor.input(ZCreateCadreInput).mutation(({ ctx, input }) => cadres.createCadre(ctx.db, ctx.actor, input)),
  update: editor.input(ZUpdateCadreInput).mutation(({ ctx, input }) => cadres.updateCadre(ctx.db, ctx.actor, input)),
  addPosition: editor.input(ZAddPositionInput).mutation(({ ctx, input }) => cadres.addPosition(ctx.db, ctx.actor, input)),
  endPosition: editor.input(ZEndPositionInput).mutation(({ ctx, input }) => cadres.endPosition(ctx.db, ctx.actor, input)),
});
