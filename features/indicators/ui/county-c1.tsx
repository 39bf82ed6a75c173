"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { usePeriod } from "@/components/ui/period-select";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { C1View } from "./c1-view";

/** C1 of a county and each of its townships, and the villages still without an organisation. */
export function CountyC1({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { period, asOf } = usePeriod();
  const q = useQuery(trpc.indicator.countyC1.queryOptions({ countyCode, period, asOf }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <C1View title={t("county.title", { name: d.county.name })} period={d.period} asOf={d.asOf} total={d.total} areas={d.townships} byArea="c1.byTownship" areaColumn="level.TOWNSHIP">
      <h2>{t("c1.uncovered")}</h2>
      {d.uncovered.length === 0 ? (
        <Empty>{t("c1.uncoveredNone")}</Empty>
      ) : (
        <ul data-testid="uncovered-list">
          {d.uncovered.map((u) => (
            <li key={u.id}>
              {u.township} · {u.name} <span className="muted">{u.code}</span>
            </li>
          ))}
        </ul>
      )}
    </C1View>
  );
}
