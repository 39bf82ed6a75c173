import { Suspense } from "react";
import { CountyC1 } from "@/components/indicators/county-c1";
import { CountyIndicators } from "@/components/indicators/county-indicators";

export default async function CountyDashboardPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return (
    <>
      <CountyC1 countyCode={code} />
      <Suspense>
        <CountyIndicators countyCode={code} />
      </Suspense>
    </>
  );
}
