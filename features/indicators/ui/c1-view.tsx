"use client";

import { RecordLink } from "@/components/ui/record-link";
import type { ReactNode } from "react";
import type { TPlainMessageKey } from "@/lib/i18n";
import { useT } from "@/components/i18n-provider";
import { Empty } from "@/components/ui/states";
import { C1BarChart } from "./charts";
import { percent } from "./format";
import { RatioCard } from "./ratio-card";

type TArea = { code: string; name: string; numerator: number; denominator: number; value: number | null };

/**
 * C1 of a county or a prefecture: the figure, then each area under it (townships or counties) as
 * a chart and a table, then whatever the page adds below.
 */
export function C1View(props: {
  title: string;
  period: string;
  asOf: string;
  total: { numerator: number; denominator: number; value: number | null };
  areas: TArea[];
  /** The heading above the areas and the name of their column. */
  byArea: TPlainMessageKey;
  areaColumn: TPlainMessageKey;
  /** Where an area's name leads, if anywhere. */
  href?: (code: string) => string;
  tableTestId?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <h1>{props.title}</h1>
      <p className="muted">
        {t("period.label")} {props.period} · {t("dash.asOf", { date: props.asOf })}
      </p>
      <div className="cards">
        <RatioCard code="C1" name={t("c1.name")} definition={t("c1.definition")} {...props.total} numeratorLabel={t("c1.numerator")} denominatorLabel={t("c1.denominator")} />
      </div>
      <h2>{t(props.byArea)}</h2>
      {props.areas.length === 0 || props.total.denominator === 0 ? (
        <Empty>{t("c1.empty")}</Empty>
      ) : (
        <div className="card">
          <C1BarChart
            title={t(props.byArea)}
            coveredLabel={t("c1.covered")}
            notCoveredLabel={t("c1.notCovered")}
            data={props.areas.map((r) => ({ name: r.name, covered: r.numerator, notCovered: r.denominator - r.numerator }))}
          />
          <table className="list responsive" data-testid={props.tableTestId}>
            <thead>
              <tr>
                <th scope="col">{t(props.areaColumn)}</th>
                <th scope="col">{t("c1.rate")}</th>
                <th scope="col">{t("c1.numerator")}</th>
                <th scope="col">{t("c1.denominator")}</th>
              </tr>
            </thead>
            <tbody>
              {props.areas.map((r) => (
                <tr key={r.code}>
                  <td>{props.href ? <RecordLink href={props.href(r.code)}>{r.name}</RecordLink> : r.name}</td>
                  <td data-label={t("c1.rate")}>{percent(r.value)}</td>
                  <td data-label={t("c1.numerator")}>{r.numerator}</td>
                  <td data-label={t("c1.denominator")}>{r.denominator}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.children}
    </>
  );
}
