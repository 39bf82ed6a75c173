"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { usePeriod } from "@/components/ui/period-select";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { C1BarChart } from "./charts";
import { percent } from "./format";
import { RatioCard } from "./ratio-card";

export function CountyC1({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { period, asOf } = usePeriod();
  const q = useQuery(trpc.indicator.countyC1.queryOptions({ countyCode, period, asOf }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <>
      <h1>{t("county.title", { name: d.county.name })}</h1>
      <p className="muted">
        {t("period.label")} {d.period} · {t("dash.asOf", { date: d.asOf })}
      </p>
      <div className="cards">
        <RatioCard
          code="C1"
          name={t("c1.name")}
          definition={t("c1.definition")}
          {...d.total}
          numeratorLabel={t("c1.numerator")}
          denominatorLabel={t("c1.denominator")}
        />
      </div>
      <h2>{t("c1.byTownship")}</h2>
      {d.townships.length === 0 || d.total.denominator === 0 ? (
        <Empty>{t("c1.empty")}</Empty>
      ) : (
        <div className="card">
          <C1BarChart
            title={t("c1.byTownship")}
            coveredLabel={t("c1.covered")}
            notCoveredLabel={t("c1.notCovered")}
            data={d.townships.map((r) => ({ name: r.name, covered: r.numerator, notCovered: r.denominator - r.numerator }))}
          />
          <table className="list responsive">
            <thead>
              <tr>
                <th scope="col">{t("level.TOWNSHIP")}</th>
                <th scope="col">{t("c1.numerator")}</th>
                <th scope="col">{t("c1.denominator")}</th>
                <th scope="col">{t("c1.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {d.townships.map((r) => (
                <tr key={r.code}>
                  <td>{r.name}</td>
                  <td data-label={t("c1.numerator")}>{r.numerator}</td>
                  <td data-label={t("c1.denominator")}>{r.denominator}</td>
                  <td data-label={t("c1.rate")}>{percent(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
    </>
  );
}
