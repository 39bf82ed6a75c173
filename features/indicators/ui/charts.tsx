"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useT } from "@/components/i18n-provider";

const BRAND = "#c8102e";
const GREY = "#d0d7de";
/** Past this many items bars lie down, one named row each, so no name is dropped on a phone. */
const UPRIGHT_MAX = 5;
const ROW = 28;

type TSeries = { key: string; label: string; colour: string };
type TRow = { name: string } & Record<string, string | number | null | undefined>;

/** The chart's numbers as a table, for screen readers and for reading exact values. */
function ChartTable({ title, rows, series, unit }: { title: string; rows: TRow[]; series: TSeries[]; unit?: string }) {
  const t = useT();
  return (
    <details className="chart-table">
      <summary>{t("chart.asTable")}</summary>
      <table>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.item")}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              {series.map((s) => (
                <td key={s.key}>{r[s.key] == null ? "—" : `${r[s.key]}${unit ?? ""}`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * Bars, one per item, or stacked series: upright for a few items, lying down (a row per item,
 * every name shown in full) for more; each bar shows its value, a tap or hover shows the details,
 * and the same numbers are offered as a table. Knows nothing of fetching.
 */
function Bars(props: { title: string; rows: TRow[]; series: TSeries[]; unit?: string; testId?: string; height?: number; colours?: (string | undefined)[]; className?: string }) {
  const lying = props.rows.length > UPRIGHT_MAX;
  const longest = Math.max(2, ...props.rows.map((r) => r.name.length));
  const plot = lying ? props.rows.length * ROW + 40 : (props.height ?? 260);
  const stacked = props.series.length > 1;
  const unit = props.unit ?? "";
  const format = (v: unknown) => (v == null ? "" : `${String(v)}${unit}`);
  return (
    <figure className={props.className ?? "chart card"} data-testid={props.testId} style={{ margin: 0, height: "auto" }}>
      <figcaption className="muted" style={{ fontSize: "0.9rem" }}>
        {props.title}
      </figcaption>
      <div style={{ width: "100%", height: plot }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={props.rows} layout={lying ? "vertical" : "horizontal"} margin={{ top: 4, right: 40, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={lying} horizontal={!lying} />
            {lying ? (
              <>
                <XAxis type="number" fontSize={11} unit={unit} allowDecimals={false} />
                <YAxis type="category" dataKey="name" interval={0} fontSize={12} width={Math.min(140, longest * 13 + 8)} />
              </>
            ) : (
              <>
                <XAxis dataKey="name" interval={0} fontSize={11} height={30} />
                <YAxis fontSize={11} width={40} unit={unit} allowDecimals={false} />
              </>
            )}
            <Tooltip formatter={(v) => format(v)} />
            {stacked && <Legend verticalAlign="top" />}
            {props.series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? "s" : undefined} fill={s.colour} isAnimationActive={false}>
                {!stacked && props.colours?.map((c, j) => <Cell key={j} fill={c ?? s.colour} />)}
                {stacked ? (
                  <LabelList dataKey={s.key} position="center" fontSize={10} fill={i === 0 ? "#fff" : "#24292f"} formatter={(v) => (v ? format(v) : "")} />
                ) : (
                  <LabelList dataKey={s.key} position={lying ? "right" : "top"} fontSize={11} formatter={format} />
                )}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable title={props.title} rows={props.rows} series={props.series} unit={unit} />
    </figure>
  );
}

/** Labelled bars, one per category. */
export function BarsChart(props: { title: string; data: { name: string; value: number; colour?: string }[]; unit?: string; testId?: string; height?: number }) {
  const t = useT();
  return (
    <Bars
      title={props.title}
      rows={props.data.map((d) => ({ name: d.name, value: d.value }))}
      series={[{ key: "value", label: t("chart.value"), colour: BRAND }]}
      colours={props.data.map((d) => d.colour)}
      unit={props.unit}
      testId={props.testId}
      height={props.height}
    />
  );
}

export type TC1Bar = { name: string; covered: number; notCovered: number };

/** Covered and uncovered villages per area, stacked. */
export function C1BarChart(props: { data: TC1Bar[]; coveredLabel: string; notCoveredLabel: string; title: string }) {
  return (
    <Bars
      className="chart"
      title={props.title}
      rows={props.data}
      series={[
        { key: "covered", label: props.coveredLabel, colour: BRAND },
        { key: "notCovered", label: props.notCoveredLabel, colour: GREY },
      ]}
    />
  );
}

/** A line through the months; gaps where a month has no value. */
export function TrendChart(props: { title: string; data: { name: string; value: number | null }[]; unit?: string; compact?: boolean }) {
  const t = useT();
  return (
    <figure className="chart" style={{ margin: 0, height: props.compact ? undefined : "auto" }}>
      <figcaption className="sr-only">{props.title}</figcaption>
      <div style={{ width: "100%", height: props.compact ? "100%" : 280 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={props.data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {!props.compact && <CartesianGrid strokeDasharray="3 3" vertical={false} />}
            <XAxis dataKey="name" fontSize={11} hide={props.compact} />
            <YAxis fontSize={11} width={props.compact ? 30 : 40} unit={props.unit} />
            <Tooltip formatter={(v) => `${String(v)}${props.unit ?? ""}`} />
            <Line type="monotone" dataKey="value" name={t("chart.value")} stroke={BRAND} dot={!props.compact} isAnimationActive={false} connectNulls={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {!props.compact && <ChartTable title={props.title} rows={props.data} series={[{ key: "value", label: t("chart.value"), colour: BRAND }]} unit={props.unit} />}
    </figure>
  );
}
