import { z } from "zod";
import { ZPickPlacesInput } from "@/features/regions/schema";
import * as regions from "./regions";
import { pickPlaces } from "./place-pick";
import { router, scopedProcedure } from "@/server/trpc/init";

const ZCounty = z.object({ countyCode: z.string().regex(/^\d{6}$/) });

export const regionRouter = router({
  home: scopedProcedure.query(({ ctx }) => regions.listHomeRegions(ctx.db, ctx.actor)),
  county: scopedProcedure
    .input(ZCounty)
    .query(({ ctx, input }) => regions.findCountyForActor(ctx.db, ctx.actor, input.countyCode)),
  townships: scopedProcedure
    .input(ZCounty)
    .query(({ ctx, input }) => regions.listTownships(ctx.db, ctx.actor, input.countyCode)),
  orgPlaces: scopedProcedure
    .input(ZCounty)
    .query(({ ctx, input }) => regions.listOrgPlaces(ctx.db, ctx.actor, input.countyCode)),
  pickPlaces: scopedProcedure
    .input(ZPickPlacesInput)
    .query(({ ctx, input }) => pickPlaces(ctx.db, ctx.actor, input)),
});
