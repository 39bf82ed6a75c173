import { z } from "zod";
import { ZPeriod } from "@/lib/indicators/period";
import { ZAsOf } from "@/lib/schemas/indicators";
import * as indicators from "../services/indicators";
import { indicatorCatalog } from "../services/dashboard";
import { publicProcedure, router, scopedProcedure } from "../trpc/init";

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
