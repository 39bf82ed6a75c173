"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { usePeriod } from "@/components/ui/period-select";
import { ErrorState, Loading } from "@/components/ui/states";
import { C1View } from "./c1-view";

/** C1 of the prefecture and of each county, for the period the page shows. */
export function PrefectureC1({ prefectureCode }: { prefectureCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { period, asOf } = usePeriod();
  const q = useQuery(trpc.indicator.prefectureC1.queryOptions({ prefectureCode, period, asOf }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <C1View
      title={t("prefecture.title", { name: d.prefecture.name })}
      period={d.period}
      asOf={d.asOf}
      total={d.total}
      areas={d.counties}
      byArea="c1.byCounty"
      areaColumn="prefecture.county"
      href={(code) => `/county/${code}`}
      tableTestId="county-table"
    />
  );
}
