import { z } from "zod";
import { ZPeriod } from "@/features/indicators/period";
import { ZAsOf, ZBaselineInput, ZIndicatorCode, ZThresholdInput } from "@/features/indicators/schema";
import * as dashboard from "./dashboard";
import { drillDown } from "./drill";
import { defaultYear } from "./periods";
import { publicProcedure, router, scopedProcedure } from "@/server/trpc/init";

const ZCode = z.string().regex(/^\d{6}$/);

export const dashboardRouter = router({
  catalog: publicProcedure.query(({ ctx }) => dashboard.indicatorCatalog(ctx.db)),
  county: scopedProcedure
    .input(z.object({ countyCode: ZCode, period: ZPeriod, asOf: ZAsOf }))
    .query(({ ctx, input }) => dashboard.countyDashboard(ctx.db, ctx.actor, input.countyCode, input.period, input.asOf)),
  countyTrend: scopedProcedure
    .input(z.object({ countyCode: ZCode, year: z.number().int().min(2000).max(2100) }))
    .query(({ ctx, input }) => dashboard.countyTrend(ctx.db, ctx.actor, input.countyCode, input.year)),
  compare: scopedProcedure
    .input(z.object({ prefectureCode: ZCode, period: ZPeriod, asOf: ZAsOf, indicators: z.array(ZIndicatorCode).max(30).default([]) }))
    .query(({ ctx, input }) => dashboard.compareCounties(ctx.db, ctx.actor, input.prefectureCode, input.period, input.indicators, input.asOf)),
  compareTrend: scopedProcedure
    .input(z.object({ prefectureCode: ZCode, year: z.number().int().min(2000).max(2100), indicator: ZIndicatorCode }))
    .query(({ ctx, input }) => dashboard.compareTrend(ctx.db, ctx.actor, input.prefectureCode, input.year, input.indicator)),
  drill: scopedProcedure
    .input(
      z.object({
        countyCode: ZCode,
        period: ZPeriod,
        asOf: ZAsOf,
        indicator: ZIndicatorCode,
        part: z.enum(["numerator", "gap"]).default("numerator"),
        page: z.number().int().min(1).max(10_000).default(1),
      }),
    )
    .query(({ ctx, input }) => drillDown(ctx.db, ctx.actor, input)),
  defaultYear: scopedProcedure
    .input(z.object({ regionCode: ZCode }))
    .query(({ ctx, input }) => defaultYear(ctx.db, ctx.actor, input.regionCode)),
  setBaseline: scopedProcedure.input(ZBaselineInput).mutation(({ ctx, input }) => dashboard.saveBaseline(ctx.db, ctx.actor, input)),
  setThreshold: scopedProcedure.input(ZThresholdInput).mutation(({ ctx, input }) => dashboard.saveThreshold(ctx.db, ctx.actor, input)),
});
