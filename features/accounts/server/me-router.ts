import { router, scopedProcedure } from "@/server/trpc/init";

export const meRouter = router({
  get: scopedProcedure.query(({ ctx }) => {
    const { id, username, displayName, role, regionName, regionLevel } = ctx.actor;
    return { id, username, displayName, role, regionName, regionLevel };
  }),
});
