import { accountRouter } from "@/features/accounts/server/router";
import { cadreRouter } from "@/features/cadres/server/router";
import { coverageRouter } from "@/features/coverage/server/router";
import { dashboardRouter } from "@/features/indicators/server/dashboard-router";
import { indicatorRouter } from "@/features/indicators/server/router";
import { memberRouter } from "@/features/members/server/router";
import { meRouter } from "@/features/accounts/server/me-router";
import { orgRouter } from "@/features/orgs/server/router";
import { pipelineRouter } from "@/features/pipeline/server/router";
import { regionRouter } from "@/features/regions/server/router";
import { settingRouter } from "@/features/settings/server/router";
import { statRouter } from "@/features/statistics/server/router";
import { transferRouter } from "@/features/transfers/server/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  me: meRouter,
  region: regionRouter,
  org: orgRouter,
  indicator: indicatorRouter,
  cadre: cadreRouter,
  member: memberRouter,
  transfer: transferRouter,
  stat: statRouter,
  pipeline: pipelineRouter,
  coverage: coverageRouter,
  setting: settingRouter,
  dashboard: dashboardRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
