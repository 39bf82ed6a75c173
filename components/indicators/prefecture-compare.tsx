"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { INDICATORS } from "@/lib/indicators/catalog";
import type { TMessageKey } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "../i18n-provider";
import { ErrorState, Loading } from "../ui/states";
import { YearSelect, useYear } from "../ui/year-select";
import { percent } from "./format";

const COLOUR = { green: "var(--ok)", amber: "var(--warn)", red: "var(--bad)" } as const;
const SHOWN = ["C1", "C2", "C3", "C5", "S1", "S4", "S5", "P1", "M2"];

/** The prefecture's counties side by side; a column header sorts by that indicator. */
export function PrefectureCompare({ prefectureCode }: { prefectureCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { year } = useYear();
  const [sort, setSort] = useState<{ code: string; desc: boolean }>({ code: "C1", desc: true });
  const q = useQuery(trpc.dashboard.compare.queryOptions({ prefectureCode, year, indicators: SHOWN }));
  const defs = new Map(INDICATORS.map((d) => [d.code, d]));
  const rows = [...(q.data?.counties ?? [])].sort((a, b) => {
    const va = a.indicators.find((i) => i.code === sort.code)?.value ?? -Infinity;
    const vb = b.indicators.find((i) => i.code === sort.code)?.value ?? -Infinity;
    return sort.desc ? vb - va : va - vb;
  });
  return (
    <section>
      <div className="spread">
        <h2>{t("dash.indicators")}</h2>
        <YearSelect id="c-year" />
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table className="list" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t("prefecture.county")}</th>
                {SHOWN.map((code) => (
                  <th key={code} scope="col" aria-sort={sort.code === code ? (sort.desc ? "descending" : "ascending") : "none"}>
                    <button
                      type="button"
                      style={{ minHeight: 0, padding: "2px 6px" }}
                      title={t(`${defs.get(code)!.key}.name` as TMessageKey)}
                      onClick={() => setSort({ code, desc: sort.code === code ? !sort.desc : true })}
                    >
                      {code} {sort.code === code ? (sort.desc ? "↓" : "↑") : ""}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, rank) => (
                <tr key={r.county.code}>
                  <td>
                    {rank + 1}. <Link href={`/county/${r.county.code}?year=${year}`}>{r.county.name}</Link>
                    {r.county.synthetic && <span className="tag"> {t("common.synthetic")}</span>}
                  </td>
                  {SHOWN.map((code) => {
                    const i = r.indicators.find((x) => x.code === code);
                    const def = defs.get(code)!;
                    if (!i) return <td key={code}>—</td>;
                    return (
                      <td key={code} data-testid={`cell-${r.county.code}-${code}`} style={i.light ? { color: COLOUR[i.light] } : undefined}>
                        {def.unit === "count" ? i.numerator : percent(i.value)}
                        {def.unit === "ratio" && (
                          <div className="muted" style={{ fontSize: "0.75rem" }}>
                            {i.numerator}/{i.denominator || "—"}
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
