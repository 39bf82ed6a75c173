import { Suspense } from "react";
import { CountyC1 } from "@/features/indicators/ui/county-c1";
import { CountyIndicators } from "@/features/indicators/ui/county-indicators";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function CountyDashboardPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <>
      <CountyC1 countyCode={code} />
      <Suspense>
        <CountyIndicators countyCode={code} canEditBaseline={Boolean(actor && can(actor.role, "editStats"))} />
      </Suspense>
    </>
  );
}
