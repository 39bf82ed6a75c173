import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DrillList } from "@/features/indicators/ui/drill-list";
import { INDICATORS } from "@/features/indicators/catalog";

export default async function IndicatorRecordsPage(props: { params: Promise<{ code: string; indicator: string }> }) {
  const { code, indicator } = await props.params;
  if (!INDICATORS.some((i) => i.code === indicator)) notFound();
  return (
    <Suspense>
      <DrillList countyCode={code} indicator={indicator} />
    </Suspense>
  );
}
