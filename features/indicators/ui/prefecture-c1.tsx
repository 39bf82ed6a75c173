"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { usePeriod } from "@/components/ui/period-select";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { C1BarChart } from "./charts";
import { percent } from "./format";
import { RatioCard } from "./ratio-card";

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
    <>
      <h1>{t("prefecture.title", { name: d.prefecture.name })}</h1>
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
      <h2>{t("c1.byCounty")}</h2>
      {d.counties.length === 0 ? (
        <Empty>{t("c1.empty")}</Empty>
      ) : (
        <div className="card">
          <C1BarChart
            title={t("c1.byCounty")}
            coveredLabel={t("c1.covered")}
            notCoveredLabel={t("c1.notCovered")}
            data={d.counties.map((c) => ({ name: c.name, covered: c.numerator, notCovered: c.denominator - c.numerator }))}
          />
          <table className="list responsive" data-testid="county-table">
            <thead>
              <tr>
                <th scope="col">{t("prefecture.county")}</th>
                <th scope="col">{t("c1.rate")}</th>
                <th scope="col">{t("c1.numerator")}</th>
                <th scope="col">{t("c1.denominator")}</th>
              </tr>
            </thead>
            <tbody>
              {d.counties.map((c) => (
                <tr key={c.code}>
                  <td>
                    <Link href={`/county/${c.code}`}>{c.name}</Link>
                  </td>
                  <td data-label={t("c1.rate")}>{percent(c.value)}</td>
                  <td data-label={t("c1.numerator")}>{c.numerator}</td>
                  <td data-label={t("c1.denominator")}>{c.denominator}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
