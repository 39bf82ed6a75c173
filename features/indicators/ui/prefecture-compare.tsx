"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { INDICATORS, INDICATOR_BY_CODE } from "@/features/indicators/catalog";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { PeriodSelect, usePeriod } from "@/components/ui/period-select";
import { ErrorState, Loading } from "@/components/ui/states";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { BarsChart, TrendChart } from "./charts";
import { LIGHT_COLOUR, LIGHT_FILL, chartValue, formatValue } from "./format";
import { beijingDateTime } from "@/lib/time";

const DEFAULT = ["C1", "C2", "C3", "C5", "S1", "S4", "S5", "P1", "M2"];
const DEFS = INDICATOR_BY_CODE;

/** The indicators, sort column and direction a comparison shows, kept in the URL. */
export function useCompareView() {
  const filters = useUrlFilters();
  const chosen = (filters.params.get("ind") ?? "").split(",").filter((c) => DEFS.has(c));
  const codes = chosen.length ? INDICATORS.map((d) => d.code).filter((c) => chosen.includes(c)) : DEFAULT;
  const sortParam = filters.params.get("sort") ?? "";
  const sortCode = codes.includes(sortParam.replace(/^-/, "")) ? sortParam.replace(/^-/, "") : codes[0]!;
  const asc = sortParam.startsWith("-") && sortParam.slice(1) === sortCode;
  return { filters, codes, sortCode, asc };
}

type TCell = { code: string; numerator: number; denominator: number; value: number | null; light: "green" | "amber" | "red" | null; rank: number | null; previousRank: number | null; rankChange: number | null };
const sortValue = (i: TCell | undefined) => (i ? (DEFS.get(i.code)?.unit !== "ratio" ? i.numerator : i.value) : null);

/** The prefecture's counties side by side: ranked, sortable, every number leading to its records. */
export function PrefectureCompare({ prefectureCode }: { prefectureCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { period, asOf, query: periodQuery } = usePeriod();
  const { filters, codes, sortCode, asc } = useCompareView();
  const q = useQuery(trpc.dashboard.compare.queryOptions({ prefectureCode, period, asOf, indicators: codes }));
  const sortDef = DEFS.get(sortCode)!;
  const better = sortDef.higherIsBetter !== asc;
  const rows = [...(q.data?.counties ?? [])].sort((a, b) => {
    const va = sortValue(a.indicators.find((i) => i.code === sortCode));
    const vb = sortValue(b.indicators.find((i) => i.code === sortCode));
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return better ? vb - va : va - vb;
  });
  const setSort = (code: string) => filters.set({ sort: code === sortCode && !asc ? `-${code}` : code });
  const query = `${periodQuery}&ind=${codes.join(",")}`;
  return (
    <section>
      <div className="spread">
        <h2>{t("compare.title")}</h2>
        <div className="row">
          <PeriodSelect id="c-period" />
          <a className="button no-print" href={`/api/export/compare?prefectureCode=${prefectureCode}&${query}`} download>
            {t("compare.export")}
          </a>
          <Link className="button no-print" href={`/prefecture/${prefectureCode}/print?${query}`}>
            {t("compare.print")}
          </Link>
        </div>
      </div>
      <details className="card no-print" style={{ margin: "8px 0" }}>
        <summary>{t("compare.choose", { n: codes.length })}</summary>
        <fieldset className="row" style={{ border: 0, padding: 0 }}>
          <legend className="sr-only">{t("compare.choose", { n: codes.length })}</legend>
          {INDICATORS.map((d) => (
            <label key={d.code} className="row" style={{ gap: 4 }}>
              <input
                type="checkbox"
                checked={codes.includes(d.code)}
                onChange={(e) => {
                  const next = e.target.checked ? [...codes, d.code] : codes.filter((c) => c !== d.code);
                  if (next.length) filters.set({ ind: next.join(",") });
                }}
              />
              {d.code} {t(`${d.key}.name`)}
            </label>
          ))}
        </fieldset>
      </details>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <>
          <p className="muted">
            {t("dash.asOf", { date: q.data.asOf })} · {t("compare.rankNote", { period: q.data.previousPeriod })}
          </p>
          <div style={{ overflowX: "auto" }}>
            <table className="list" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t("compare.rank", { code: sortCode })}</th>
                  <th scope="col">{t("prefecture.county")}</th>
                  {codes.map((code) => (
                    <th key={code} scope="col" aria-sort={sortCode === code ? (better === sortDef.higherIsBetter ? "descending" : "ascending") : "none"}>
                      <button type="button" style={{ minHeight: 0, padding: "2px 6px" }} title={t(`${DEFS.get(code)!.key}.name`)} onClick={() => setSort(code)}>
                        {code} {sortCode === code ? (asc ? "↑" : "↓") : ""}
                      </button>
                    </th>
                  ))}
                  <th scope="col">{t("compare.changedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const sorted = r.indicators.find((i) => i.code === sortCode);
                  return (
                    <tr key={r.county.code}>
                      <td data-testid={`rank-${r.county.code}`}>
                        {sorted?.rank ?? "—"} <RankChange change={sorted?.rankChange ?? null} />
                      </td>
                      <td style={{ whiteSpace: "nowrap" }}>
                        <RecordLink href={`/county/${r.county.code}?${periodQuery}`}>{r.county.name}</RecordLink>
                        {r.county.synthetic && (
                          <div>
                            <span className="tag">{t("common.synthetic")}</span>
                          </div>
                        )}
                      </td>
                      {codes.map((code) => {
                        const i = r.indicators.find((x) => x.code === code);
                        const def = DEFS.get(code)!;
                        if (!i) return <td key={code}>—</td>;
                        return (
                          <td key={code} data-testid={`cell-${r.county.code}-${code}`}>
                            {i.light && <span className="light-dot" style={{ background: LIGHT_COLOUR[i.light] }} title={t(`dash.light.${i.light}`)} />}
                            <RecordLink href={`/county/${r.county.code}/indicators/${code}?${periodQuery}`} aria-label={t("compare.open", { value: formatValue(def, i), county: r.county.name, code })}>
                              {formatValue(def, i)}
                            </RecordLink>
                            {def.unit === "ratio" && (
                              <div className="muted" style={{ fontSize: "0.75rem" }}>
                                {i.numerator}/{i.denominator || "—"}
                              </div>
                            )}
                          </td>
                        );
                      })}
                      <td className="muted" style={{ fontSize: "0.8rem" }}>
                        {r.changedAt ? beijingDateTime(r.changedAt) : "—"}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr data-testid="compare-total">
                  <td />
                  <th scope="row">{t("compare.total")}</th>
                  {codes.map((code) => {
                    const i = q.data.total.find((x) => x.code === code);
                    const def = DEFS.get(code)!;
                    if (!i) return <td key={code}>—</td>;
                    return (
                      <td key={code} title={t("compare.totalOf", { n: i.counties })}>
                        {i.light && <span className="light-dot" style={{ background: LIGHT_COLOUR[i.light] }} />}
                        <strong>{formatValue(def, i)}</strong>
                        {def.unit === "ratio" && (
                          <div className="muted" style={{ fontSize: "0.75rem" }}>
                            {i.numerator}/{i.denominator || "—"}
                          </div>
                        )}
                      </td>
                    );
                  })}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="charts" style={{ marginTop: 16 }} data-testid="compare-bars">
            {[sortCode, ...codes.filter((c) => c !== sortCode)].map((code) => {
              const def = DEFS.get(code)!;
              return (
                <BarsChart
                  key={code}
                  title={`${code} ${t(`${def.key}.name`)}`}
                  unit={def.unit === "ratio" ? "%" : ""}
                  data={rows.map((r) => {
                    const i = r.indicators.find((x) => x.code === code);
                    return { name: r.county.name, value: chartValue(def, i) ?? 0, colour: i?.light ? LIGHT_FILL[i.light] : undefined };
                  })}
                />
              );
            })}
          </div>
          <SmallMultiples prefectureCode={prefectureCode} year={period.year} code={sortCode} />
        </>
      )}
    </section>
  );
}

function RankChange({ change }: { change: number | null }) {
  const t = useT();
  if (change === null) return null;
  if (change === 0) return <span className="muted" title={t("compare.rankSame")}>–</span>;
  return change > 0 ? (
    <span className="delta-up" title={t("compare.rankUp", { n: change })}>▲{change}</span>
  ) : (
    <span className="delta-down" title={t("compare.rankDown", { n: -change })}>▼{-change}</span>
  );
}

/** One small trend line per county for the indicator the table is sorted by. */
function SmallMultiples({ prefectureCode, year, code }: { prefectureCode: string; year: number; code: string }) {
  const t = useT();
  const trpc = useTRPC();
  const def = DEFS.get(code)!;
  const q = useQuery(trpc.dashboard.compareTrend.queryOptions({ prefectureCode, year, indicator: code as "C1" }));
  return (
    <section style={{ marginTop: 16 }}>
      <h3>{t("compare.multiples", { code, year })}</h3>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <div className="multiples" data-testid="small-multiples">
          {q.data.counties.map((c) => (
            <div key={c.county.code} className="card" style={{ padding: 8 }}>
              <div style={{ fontSize: "0.85rem" }}>{c.county.name}</div>
              {c.values.every((v) => v === null || (def.unit === "ratio" && v.value === null)) ? (
                <p className="muted" style={{ fontSize: "0.85rem" }}>
                  {t("compare.noData")}
                </p>
              ) : (
                <TrendChart
                  compact
                  title={`${c.county.name} ${code}`}
                  unit={def.unit === "ratio" ? "%" : ""}
                  data={q.data.months.map((m, k) => ({ name: m.slice(5), value: chartValue(def, c.values[k]) }))}
                />
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
