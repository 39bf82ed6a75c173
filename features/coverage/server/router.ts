import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { ZListUnitsInput, ZSchoolInput, ZUnitInput, ZYouthHomeInput } from "@/features/coverage/schema";
import * as units from "./units";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const ZCounty = z.object({ countyCode: z.string().regex(/^\d{6}$/) });
const ZKind = z.enum(["school", "unit", "youthHome"]);
const editor = roleProcedure(...ROLE_RULES.editPeople);

export const coverageRouter = router({
  summary: scopedProcedure.input(ZCounty).query(({ ctx, input }) => units.coverageSummary(ctx.db, ctx.actor, input.countyCode)),
  list: scopedProcedure.input(ZListUnitsInput).query(({ ctx, input }) => units.listCoverageUnits(ctx.db, ctx.actor, input)),
  history: scopedProcedure
    .input(z.object({ kind: ZKind, id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => units.coverageUnitHistory(ctx.db, ctx.actor, input.kind, input.id)),
  saveSchool: editor.input(ZSchoolInput).mutation(({ ctx, input }) => units.saveCoverageUnit(ctx.db, ctx.actor, "school", input)),
  saveUnit: editor.input(ZUnitInput).mutation(({ ctx, input }) => units.saveCoverageUnit(ctx.db, ctx.actor, "unit", input)),
  saveYouthHome: editor.input(ZYouthHomeInput).mutation(({ ctx, input }) => units.saveCoverageUnit(ctx.db, ctx.actor, "youthHome", input)),
});
