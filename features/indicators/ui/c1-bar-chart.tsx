"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TC1Bar = { name: string; covered: number; notCovered: number };

/** Draws covered and uncovered villages per area, stacked; knows nothing of fetching. */
export function C1BarChart(props: { data: TC1Bar[]; coveredLabel: string; notCoveredLabel: string; title: string }) {
  return (
    <figure className="chart" aria-label={props.title} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.data} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" angle={-40} textAnchor="end" interval="preserveStartEnd" minTickGap={2} height={60} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} width={36} />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey="covered" name={props.coveredLabel} stackId="c" fill="#c8102e" isAnimationActive={false} />
          <Bar dataKey="notCovered" name={props.notCoveredLabel} stackId="c" fill="#d0d7de" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
