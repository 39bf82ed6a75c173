"use client";

import { useQuery } from "@tanstack/react-query";
import { INDICATORS } from "@/lib/indicators/catalog";
import type { TMessageKey } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "../i18n-provider";
import { ErrorState, Loading } from "../ui/states";
import { YearSelect, useYear } from "../ui/year-select";
import { percent } from "./format";

const LIGHT_COLOUR = { green: "var(--ok)", amber: "var(--warn)", red: "var(--bad)" } as const;

/** Every catalogued indicator of a county for a year: value, numerator and denominator, light. */
export function CountyIndicators({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { year } = useYear();
  const q = useQuery(trpc.dashboard.county.queryOptions({ countyCode, year }));
  const defs = new Map(INDICATORS.map((d) => [d.code, d]));
  return (
    <section>
      <div className="spread">
        <h2>{t("dash.indicators")}</h2>
        <YearSelect id="d-year" />
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <div className="cards" data-testid="indicator-cards">
          {q.data.indicators.map((i) => {
            const def = defs.get(i.code)!;
            const key = def.key;
            return (
              <section key={i.code} className="card kpi" data-testid={`ind-${i.code}`} style={i.light ? { borderTop: `4px solid ${LIGHT_COLOUR[i.light]}` } : undefined}>
                <div className="muted">
                  {i.code} · {t(`${key}.name` as TMessageKey)}
                </div>
                <div className="value">{def.unit === "count" ? i.numerator.toLocaleString() : percent(i.value)}</div>
                {def.unit === "ratio" && (
                  <div className="parts">
                    {i.numerator} / {i.denominator || t("dash.noDenominator")}
                  </div>
                )}
                {i.light && <div style={{ color: LIGHT_COLOUR[i.light] }}>{t(`dash.light.${i.light}` as TMessageKey)}</div>}
                {i.parts && (
                  <div className="muted" style={{ fontSize: "0.85rem" }}>
                    {Object.entries(i.parts)
                      .filter(([k]) => k !== "total")
                      .map(([k, v]) => `${partLabel(t, i.code, k)} ${v}`)
                      .join(" · ")}
                  </div>
                )}
                <p className="muted" style={{ fontSize: "0.8rem", marginBottom: 0 }}>
                  {t(`${key}.def` as TMessageKey)}
                </p>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

function partLabel(t: ReturnType<typeof useT>, code: string, part: string): string {
  if (code === "S1") return t(`staffing.${part}` as TMessageKey);
  if (code === "M1") return t(`category.${part}` as TMessageKey);
  return t(`dash.profile.${part}` as TMessageKey);
}
