import { notFound, redirect } from "next/navigation";
import { ZodError } from "zod";
import { PrintButton } from "@/features/indicators/ui/print-button";
import { listInputOf, rosterSheet } from "@/features/imports/server/roster-sheets";
import { isRoster } from "@/features/imports/rosters";
import { getActor } from "@/server/auth/session";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { getLocale, getT } from "@/server/i18n";
import { todayInBeijing } from "@/lib/time";

/** More than this goes to the export: a print of thousands of rows helps nobody. */
const PRINT_ROWS = 1000;
const LIST_PATH = { orgs: "orgs", cadres: "cadres", members: "members", schools: "coverage", units: "coverage", youthHomes: "coverage" } as const;

/**
 * A roster on A4, in the filter and sort of the list it was opened from (the same rows as its
 * export, personal data masked alike).
 */
export default async function RosterPrintPage(props: { params: Promise<{ code: string; roster: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code, roster } = await props.params;
  if (!isRoster(roster)) notFound();
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await props.searchParams)) if (typeof v === "string") params.set(k, v);
  const t = await getT();
  let sheet;
  try {
    sheet = await rosterSheet(db(), actor, roster, listInputOf(params, code), await getLocale(), PRINT_ROWS);
  } catch (e) {
    // Outside the scope reads as absent; so does an address whose filter is not well formed.
    if (e instanceof ZodError || (e instanceof DomainError && e.code === "NOT_FOUND")) notFound();
    throw e;
  }
  return (
    <article className="print-page">
      <div className="spread no-print">
        <a href={`/county/${code}/${LIST_PATH[roster]}?${params.toString()}`}>← {t("list.backToList")}</a>
        <PrintButton />
      </div>
      <h1 style={{ fontSize: "1.3rem" }}>{`${sheet.county.name} ${sheet.title}`}</h1>
      <p className="muted">{t("list.printed", { county: sheet.county.name, title: sheet.title, total: sheet.total, date: todayInBeijing() })}</p>
      {sheet.total > sheet.rows.length && (
        <p role="note" className="alert">
          {t("list.printCapped", { shown: sheet.rows.length, total: sheet.total })}
        </p>
      )}
      <table className="list" data-testid="print-table">
        <thead>
          <tr>
            {sheet.columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, i) => (
            <tr key={i}>
              {row.map((v, k) => (
                <td key={k}>{v ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
