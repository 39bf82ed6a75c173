"use client";

import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const BRAND = "#c8102e";

/** Labelled bars, one per category; knows nothing of fetching. */
export function BarsChart(props: { title: string; data: { name: string; value: number; colour?: string }[]; unit?: string; testId?: string; height?: number }) {
  return (
    <figure className="chart card" aria-label={props.title} data-testid={props.testId} style={{ margin: 0, height: props.height }}>
      <figcaption className="muted" style={{ fontSize: "0.9rem" }}>
        {props.title}
      </figcaption>
      <ResponsiveContainer width="100%" height="88%">
        <BarChart data={props.data} margin={{ top: 8, right: 8, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval="preserveStartEnd" minTickGap={2} fontSize={11} angle={props.data.length > 5 ? -30 : 0} textAnchor={props.data.length > 5 ? "end" : "middle"} height={props.data.length > 5 ? 50 : 30} />
          <YAxis fontSize={11} width={40} unit={props.unit} />
          <Tooltip formatter={(v) => `${String(v)}${props.unit ?? ""}`} />
          <Bar dataKey="value" fill={BRAND} isAnimationActive={false}>
            {props.data.map((d) => (
              <Cell key={d.name} fill={d.colour ?? BRAND} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** A line through the months; gaps where a month has no value. */
export function TrendChart(props: { title: string; data: { name: string; value: number | null }[]; unit?: string; compact?: boolean }) {
  return (
    <figure className="chart" aria-label={props.title} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={props.data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          {!props.compact && <CartesianGrid strokeDasharray="3 3" vertical={false} />}
          <XAxis dataKey="name" fontSize={11} hide={props.compact} />
          <YAxis fontSize={11} width={props.compact ? 30 : 40} unit={props.unit} />
          <Tooltip formatter={(v) => `${String(v)}${props.unit ?? ""}`} />
          <Line type="monotone" dataKey="value" stroke={BRAND} dot={!props.compact} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
