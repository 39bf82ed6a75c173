import { accountRouter } from "../routers/account";
import { cadreRouter } from "../routers/cadre";
import { coverageRouter } from "../routers/coverage";
import { dashboardRouter } from "../routers/dashboard";
import { indicatorRouter } from "../routers/indicator";
import { memberRouter } from "../routers/member";
import { meRouter } from "../routers/me";
import { orgRouter } from "../routers/org";
import { pipelineRouter } from "../routers/pipeline";
import { regionRouter } from "../routers/region";
import { settingRouter } from "../routers/setting";
import { statRouter } from "../routers/stat";
import { transferRouter } from "../routers/transfer";
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
