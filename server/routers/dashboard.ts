import { z } from "zod";
import { INDICATORS } from "@/lib/indicators/catalog";
import { countyDashboard } from "../services/dashboard";
import { publicProcedure, router, scopedProcedure } from "../trpc/init";

export const dashboardRouter = router({
  catalog: publicProcedure.query(() => INDICATORS),
  county: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/), year: z.number().int().min(2000).max(2100) }))
    .query(({ ctx, input }) => countyDashboard(ctx.db, ctx.actor, input.countyCode, input.year)),
});
