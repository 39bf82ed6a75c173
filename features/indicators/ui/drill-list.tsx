"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { INDICATOR_BY_CODE } from "@/features/indicators/catalog";
import { isPlainMessageKey } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { fieldValue } from "@/components/ui/field-value";
import { Pager } from "@/components/ui/pager";
import { PeriodSelect, usePeriod } from "@/components/ui/period-select";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { formatValue } from "./format";

const HREF = { member: "/members/", org: "/orgs/", cadre: "/cadres/" } as const;

/** The records behind one number of a county's dashboard, a page at a time. */
export function DrillList({ countyCode, indicator }: { countyCode: string; indicator: string }) {
  const t = useT();
  const trpc = useTRPC();
  const filters = useUrlFilters();
  const { period, asOf, query } = usePeriod();
  const part = filters.params.get("part") === "gap" ? "gap" : "numerator";
  const def = INDICATOR_BY_CODE.get(indicator)!;
  const q = useQuery(trpc.dashboard.drill.queryOptions({ countyCode, period, asOf, indicator: indicator as "C1", part, page: filters.page }));
  const card = useQuery(trpc.dashboard.county.queryOptions({ countyCode, period, asOf }));
  const value = card.data?.indicators.find((i) => i.code === indicator);
  const columns = [...new Set((q.data?.rows ?? []).flatMap((r) => Object.keys(r.facts)))];
  // The facts are named by the query that finds the records; one without a label shows its name.
  const factLabel = (fact: string) => {
    const key = `drill.col.${fact}`;
    return isPlainMessageKey(key) ? t(key) : fact;
  };
  return (
    <section>
      <p>
        <Link href={`/county/${countyCode}?${query}`}>← {t("dash.back")}</Link>
      </p>
      <div className="spread">
        <h1 style={{ fontSize: "1.3rem" }}>
          {q.data?.county.name ?? ""} · {indicator} {t(`${def.key}.name`)}
        </h1>
        <PeriodSelect id="drill-period" />
      </div>
      <p className="muted">{t(`${def.key}.def`)}</p>
      <dl className="facts" style={{ marginBottom: 12 }}>
        <dt>{t("drill.numIs")}</dt>
        <dd>{t(`${def.key}.num`)}</dd>
        {def.unit === "ratio" && (
          <>
            <dt>{t("drill.denIs")}</dt>
            <dd>{t(`${def.key}.den`)}</dd>
          </>
        )}
      </dl>
      {value && (
        <p data-testid="drill-figure">
          <strong>{formatValue(def, value)}</strong>
          {def.unit === "ratio" && ` = ${value.numerator} / ${value.denominator || t("dash.noDenominator")}`}
        </p>
      )}
      <nav className="row" aria-label={t("drill.parts")}>
        <button type="button" aria-pressed={part === "numerator"} onClick={() => filters.set({ part: undefined })}>
          {t(def.unit !== "ratio" ? "drill.counted" : "drill.numerator")}
        </button>
        {def.unit === "ratio" && indicator !== "P1" && (
          <button type="button" aria-pressed={part === "gap"} onClick={() => filters.set({ part: "gap" })}>
            {t("drill.gap")}
          </button>
        )}
      </nav>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : q.data.note ? (
        <p className="alert">{t(q.data.note)}</p>
      ) : q.data.total === 0 ? (
        <Empty>{t("drill.none")}</Empty>
      ) : (
        <>
          <p className="muted" data-testid="drill-total">
            {t("drill.total", { n: q.data.total, date: q.data.asOf })}
          </p>
          <table className="list responsive" data-testid="drill-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("drill.col.name")}</th>
                <th scope="col">{t("drill.col.place")}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {factLabel(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {q.data.rows.map((r, i) => (
                <tr key={r.id}>
                  <td data-label="#">{(q.data.page - 1) * q.data.pageSize + i + 1}</td>
                  <td data-label={t("drill.col.name")}>{r.link ? <RecordLink href={`${HREF[r.link]}${r.id}`}>{r.name}</RecordLink> : r.name}</td>
                  <td data-label={t("drill.col.place")}>{r.place}</td>
                  {columns.map((c) => (
                    <td key={c} data-label={factLabel(c)}>
                      {fieldValue(t, c, r.facts[c])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={q.data.page} pages={Math.max(1, Math.ceil(q.data.total / q.data.pageSize))} total={q.data.total} onPage={(p) => filters.set({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
