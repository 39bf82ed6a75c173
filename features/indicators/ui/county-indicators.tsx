"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { INDICATORS, INDICATOR_BY_CODE, type TIndicatorPart } from "@/features/indicators/catalog";
import type { TPlainMessageKey } from "@/lib/i18n";
import { ZBaselineInput } from "@/features/indicators/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { FormAlert, TextField, useSchemaForm } from "@/components/ui/form";
import { PeriodSelect, usePeriod } from "@/components/ui/period-select";
import { ErrorState, Loading } from "@/components/ui/states";
import { BarsChart, TrendChart } from "./charts";
import { LIGHT_COLOUR, chartPercent, chartValue, delta, formatValue, percent } from "./format";
import { beijingDateTime } from "@/lib/time";

const DEFS = INDICATOR_BY_CODE;

/**
 * Every catalogued indicator of a county for a period: value, numerator and denominator (each a
 * link to the records behind it), light, change against the previous period and the baseline;
 * then the charts and the trend through the year.
 */
export function CountyIndicators({ countyCode, canEditBaseline }: { countyCode: string; canEditBaseline: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const { period, asOf, query } = usePeriod();
  const q = useQuery(trpc.dashboard.county.queryOptions({ countyCode, period, asOf }));
  const drill = (code: string, part: "numerator" | "gap") => `/county/${countyCode}/indicators/${code}?${query}${part === "gap" ? "&part=gap" : ""}`;
  return (
    <section>
      <div className="spread">
        <h2>{t("dash.indicators")}</h2>
        <PeriodSelect id="d-period" />
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <>
          <p className="muted">
            {t("dash.asOf", { date: q.data.asOf })}
            {q.data.baselineYear ? ` · ${t("dash.baselineYear", { year: q.data.baselineYear })}` : ` · ${t("dash.noBaseline")}`}
            {q.data.changedAt ? ` · ${t("dash.changedAt", { at: t("time.beijing", { at: beijingDateTime(q.data.changedAt) }) })}` : ""}
          </p>
          <div className="cards" data-testid="indicator-cards">
            {q.data.indicators.map((i) => {
              const def = DEFS.get(i.code)!;
              const key = def.key;
              const isCount = def.unit !== "ratio";
              return (
                <section key={i.code} className="card kpi" data-testid={`ind-${i.code}`} style={i.light ? { borderTop: `4px solid ${LIGHT_COLOUR[i.light]}` } : undefined}>
                  <div className="muted">
                    {i.code} · {t(`${key}.name`)}
                  </div>
                  <div className="value">{formatValue(def, i)}</div>
                  {i.missing && (
                    <p className="muted" data-testid={`missing-${i.code}`} style={{ margin: "4px 0" }}>
                      {t(`missing.${i.missing.stat}`, { region: i.missing.regionName, year: i.missing.year })}{" "}
                      <Link href={i.missing.stat === "registration" ? `/county/${countyCode}/members` : `/county/${countyCode}/statistics`}>{t(`missing.where.${i.missing.stat}`)}</Link>
                    </p>
                  )}
                  {!isCount && (
                    <div className="parts">
                      <Link href={drill(i.code, "numerator")} aria-label={t("dash.drillNumerator", { n: i.numerator, code: i.code })}>
                        {i.numerator}
                      </Link>{" "}
                      / {i.denominator || t("dash.noDenominator")}
                      {i.denominator > i.numerator && i.code !== "P1" && !i.missing && (
                        <>
                          {" · "}
                          <Link href={drill(i.code, "gap")}>{t("dash.gap", { n: i.denominator - i.numerator })}</Link>
                        </>
                      )}
                    </div>
                  )}
                  {isCount && (
                    <div className="parts">
                      <Link href={drill(i.code, "numerator")}>{t("dash.records")}</Link>
                    </div>
                  )}
                  {i.light && (
                    <div style={{ color: LIGHT_COLOUR[i.light] }}>
                      {t(`dash.light.${i.light}`)}
                      {i.target != null && ` · ${t("dash.target")} ${isCount ? i.target : percent(i.target)}`}
                    </div>
                  )}
                  <div className="muted" style={{ fontSize: "0.85rem" }}>
                    {t("dash.vsPrevious", { period: q.data.previousPeriod })}{" "}
                    {def.unit === "funnel" ? (i.previous ? formatValue(def, i.previous) : "—") : <Delta def={def} now={i} then={i.previous} />}
                  </div>
                  {i.baseline && (
                    <div className="muted" style={{ fontSize: "0.85rem" }} data-testid={`baseline-${i.code}`}>
                      {t("dash.vsBaseline", { year: q.data.baselineYear ?? "" })} {formatValue(def, i.baseline)}
                      {/* A funnel's stages already read with arrows: the two funnels stand apart. */}
                      {def.unit === "funnel" ? t("dash.thisPeriod", { value: formatValue(def, i) }) : <> → {formatValue(def, i)} <Delta def={def} now={i} then={i.baseline} /></>}
                    </div>
                  )}
                  {i.parts && def.parts && (
                    <div className="muted" style={{ fontSize: "0.85rem" }}>
                      {def.parts.map((k) => `${partLabel(t, k)} ${i.parts?.[k] ?? 0}`).join(def.unit === "funnel" ? " → " : " · ")}
                    </div>
                  )}
                  <p className="muted" style={{ fontSize: "0.8rem", marginBottom: 0 }}>
                    {t(`${key}.def`)}
                  </p>
                </section>
              );
            })}
          </div>
          <DashboardCharts data={q.data} />
        </>
      )}
      <CountyTrend countyCode={countyCode} year={period.year} />
      {canEditBaseline && q.data && <BaselineForm countyCode={countyCode} current={q.data.baselineYear} />}
    </section>
  );
}

type TDash = { indicators: { code: string; numerator: number; denominator: number; value: number | null; parts?: Record<string, number> }[]; funnel: Record<string, number> };

function Delta({ def, now, then }: { def: (typeof INDICATORS)[number]; now: { numerator: number; value: number | null }; then: { numerator: number; value: number | null } | null }) {
  const t = useT();
  const d = delta(def, now, then);
  if (!d) return <span>—</span>;
  return <span className={d.sign > 0 ? "delta-up" : d.sign < 0 ? "delta-down" : undefined}>{d.sign === 0 ? t("dash.noChange") : d.text}</span>;
}

/** Coverage by domain, staffing by type, the secretary profile and the recommend-for-Party funnel. */
function DashboardCharts({ data }: { data: TDash }) {
  const t = useT();
  const get = (code: string) => data.indicators.find((i) => i.code === code);
  const coverage = (["C1", "C2", "C3", "C5"] as const).map((code) => ({ name: t(`dash.domain.${code}`), value: chartPercent(get(code)?.value ?? 0) }));
  const s1 = get("S1")?.parts ?? {};
  const staffing = (["FULL_TIME", "SECONDED", "PART_TIME"] as const).map((k) => ({ name: t(`staffing.${k}`), value: s1[k] ?? 0 }));
  const s6 = get("S6")?.parts ?? {};
  const total = s6.total || 0;
  const profile = (["young", "born1990", "women", "college", "twoCommittees"] as const).map((k) => ({ name: t(`dash.profile.${k}`), value: total ? chartPercent((s6[k] ?? 0) / total) : 0 }));
  const funnel = (["applied", "recommended", "activists", "targets", "admitted"] as const).map((k) => ({ name: t(`pipeline.${k}`), value: data.funnel[k] ?? 0 }));
  return (
    <div className="charts" style={{ marginTop: 16 }}>
      <BarsChart title={t("dash.chart.coverage")} data={coverage} unit="%" />
      <BarsChart title={t("dash.chart.staffing")} data={staffing} />
      <BarsChart title={t("dash.chart.profile", { n: total })} data={profile} unit="%" />
      <BarsChart title={t("dash.chart.funnel")} data={funnel} testId="funnel-chart" />
    </div>
  );
}

/** One indicator month by month through the year. */
function CountyTrend({ countyCode, year }: { countyCode: string; year: number }) {
  const t = useT();
  const trpc = useTRPC();
  const [code, setCode] = useState("M1");
  const q = useQuery(trpc.dashboard.countyTrend.queryOptions({ countyCode, year }));
  const def = DEFS.get(code)!;
  const data = (q.data?.series ?? []).map((s) => {
    const v = s.indicators.find((i) => i.code === code);
    return { name: s.period.slice(5), value: chartValue(def, v) };
  });
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <div className="spread">
        <h3 style={{ margin: 0 }}>{t("dash.chart.trend", { year })}</h3>
        <div>
          <label htmlFor="trend-code">{t("dash.indicator")} </label>
          <select id="trend-code" value={code} onChange={(e) => setCode(e.target.value)}>
            {INDICATORS.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} {t(`${d.key}.name`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} retry={() => void q.refetch()} /> : <TrendChart title={t("dash.chart.trend", { year })} data={data} unit={def.unit === "ratio" ? "%" : ""} />}
    </section>
  );
}

/** County admins set the year before the reform that changes are measured against. */
function BaselineForm({ countyCode, current }: { countyCode: string; current: number | null }) {
  const t = useT();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const form = useSchemaForm({ baselineYear: current ? String(current) : "" });
  const m = useMutation(
    trpc.dashboard.setBaseline.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.dashboard.county.pathKey() }),
      onError: form.serverError,
    }),
  );
  return (
    <form
      className="card no-print"
      style={{ marginTop: 16, maxWidth: 520 }}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = form.validate(ZBaselineInput, { countyCode, ...form.values }, ["baselineYear"]);
        if (input) m.mutate(input);
      }}
    >
      <TextField
        label={t("dash.baselineField")}
        value={form.values.baselineYear}
        onChange={(x) => form.set("baselineYear", x)}
        error={form.errors.baselineYear}
        hint={t("dash.baselineHelp")}
        inputMode="numeric"
      />
      <div className="row">
        <button type="submit" disabled={m.isPending}>
          {m.isPending ? t("common.saving") : t("common.save")}
        </button>
        {m.isSuccess && !form.errors.form && (
          <span role="status" className="muted">
            {t("common.saved")}
          </span>
        )}
      </div>
      <FormAlert message={form.errors.form} />
    </form>
  );
}

/** The label of each part an indicator carries: a part added to the catalogue without one does not compile. */
const PART_LABELS = {
  FULL_TIME: "staffing.FULL_TIME",
  SECONDED: "staffing.SECONDED",
  PART_TIME: "staffing.PART_TIME",
  JUNIOR_HIGH: "category.JUNIOR_HIGH",
  SENIOR_HIGH: "category.SENIOR_HIGH",
  VOCATIONAL: "category.VOCATIONAL",
  UNIVERSITY: "category.UNIVERSITY",
  SOCIAL: "category.SOCIAL",
  applied: "pipeline.applied",
  recommended: "pipeline.recommended",
  activists: "pipeline.activists",
  targets: "pipeline.targets",
  admitted: "pipeline.admitted",
  young: "dash.profile.young",
  born1990: "dash.profile.born1990",
  women: "dash.profile.women",
  college: "dash.profile.college",
  twoCommittees: "dash.profile.twoCommittees",
} as const satisfies Record<TIndicatorPart, TPlainMessageKey>;

function partLabel(t: ReturnType<typeof useT>, part: TIndicatorPart): string {
  return t(PART_LABELS[part]);
}

