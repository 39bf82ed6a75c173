import { z } from "zod";
import { INDICATORS } from "@/lib/indicators/catalog";
import { compareCounties, countyDashboard } from "../services/dashboard";
import { publicProcedure, router, scopedProcedure } from "../trpc/init";

export const dashboardRouter = router({
  catalog: publicProcedure.query(() => INDICATORS),
  county: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/), year: z.number().int().min(2000).max(2100) }))
    .query(({ ctx, input }) => countyDashboard(ctx.db, ctx.actor, input.countyCode, input.year)),
  compare: scopedProcedure
    .input(
      z.object({
        prefectureCode: z.string().regex(/^\d{6}$/),
        year: z.number().int().min(2000).max(2100),
        indicators: z.array(z.enum(INDICATORS.map((i) => i.code) as [string, ...string[]])).max(30).default([]),
      }),
    )
    .query(({ ctx, input }) => compareCounties(ctx.db, ctx.actor, input.prefectureCode, input.year, input.indicators)),
});
