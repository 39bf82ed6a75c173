import { PrintButton } from "@/features/indicators/ui/print-button";
import { formatValue } from "@/features/indicators/ui/format";
import { INDICATOR_BY_CODE } from "@/features/indicators/catalog";
import { parsePeriod } from "@/features/indicators/period";
import { getT } from "@/server/i18n";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

const DEFS = INDICATOR_BY_CODE;

/**
 * The comparison laid out for the annual report on A4: one table of values with numerator and
 * denominator, ranks and lights in words (so it reads in black and white), and the definitions.
 */
export default async function ComparisonPrintPage(props: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { code } = await props.params;
  const sp = await props.searchParams;
  const codes = (sp.ind ?? "").split(",").filter((c) => DEFS.has(c));
  const t = await getT();
  const caller = await serverCaller();
  const period = parsePeriod(sp.period) ?? { year: (await orNotFound(caller.dashboard.defaultYear({ regionCode: code }))).year };
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(sp.asOf ?? "") ? sp.asOf : undefined;
  const cmp = await orNotFound(caller.dashboard.compare({ prefectureCode: code, period, asOf, indicators: codes }));
  return (
    <article className="print-page">
      <div className="spread no-print">
        <a href={`/prefecture/${code}?period=${cmp.period}&ind=${cmp.indicators.join(",")}`}>← {t("dash.back")}</a>
        <PrintButton />
      </div>
      <h1 style={{ fontSize: "1.3rem" }}>{t("prefecture.title", { name: cmp.prefecture.name })}</h1>
      <p className="muted">
        {t("period.label")} {cmp.period} · {t("dash.asOf", { date: cmp.asOf })}
      </p>
      <table className="list" data-testid="print-table">
        <thead>
          <tr>
            <th scope="col">{t("prefecture.county")}</th>
            {cmp.indicators.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cmp.counties.map((r) => (
            <tr key={r.county.code}>
              <td>
                {r.county.name}
                {r.county.synthetic ? ` *` : ""}
              </td>
              {r.indicators.map((i) => {
                const def = DEFS.get(i.code)!;
                return (
                  <td key={i.code}>
                    {formatValue(def, i)}
                    {def.unit === "ratio" && <div style={{ fontSize: "0.75em" }}>{`${i.numerator}/${i.denominator || "—"}`}</div>}
                    <div style={{ fontSize: "0.75em" }}>
                      {i.rank ? t("compare.rankOf", { n: i.rank }) : ""}
                      {i.light ? ` · ${t(`dash.light.${i.light}`)}` : ""}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("compare.total")}</th>
            {cmp.total.map((i) => {
              const def = DEFS.get(i.code)!;
              return (
                <td key={i.code}>
                  <strong>{formatValue(def, i)}</strong>
                  {def.unit === "ratio" && <div style={{ fontSize: "0.75em" }}>{`${i.numerator}/${i.denominator || "—"}`}</div>}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
      <dl className="facts" style={{ marginTop: 12, fontSize: "0.85em" }}>
        {cmp.indicators.map((c) => {
          const def = DEFS.get(c)!;
          return [
            <dt key={`${c}-t`}>
              {c} {t(`${def.key}.name`)}
            </dt>,
            <dd key={`${c}-d`}>{t(`${def.key}.def`)}</dd>,
          ];
        })}
      </dl>
      {cmp.counties.some((r) => r.county.synthetic) && <p style={{ fontSize: "0.8em" }}>* {t("compare.syntheticNote")}</p>}
    </article>
  );
}
