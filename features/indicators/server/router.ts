import { z } from "zod";
import { ZPeriod } from "@/features/indicators/period";
import { ZAsOf } from "@/features/indicators/schema";
import * as indicators from "./indicators";
import { indicatorCatalog } from "./dashboard";
import { publicProcedure, router, scopedProcedure } from "@/server/trpc/init";

export const indicatorRouter = router({
  /** The indicator catalogue as data, with an administrator's thresholds in place. */
  catalog: publicProcedure.query(({ ctx }) => indicatorCatalog(ctx.db)),
  countyC1: scopedProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{6}$/), period: ZPeriod, asOf: ZAsOf }))
    .query(({ ctx, input }) => indicators.countyC1(ctx.db, ctx.actor, input.countyCode, input.period, input.asOf)),
  prefectureC1: scopedProcedure
    .input(z.object({ prefectureCode: z.string().regex(/^\d{6}$/), period: ZPeriod, asOf: ZAsOf }))
    .query(({ ctx, input }) => indicators.prefectureC1(ctx.db, ctx.actor, input.prefectureCode, input.period, input.asOf)),
});
