import { notFound, redirect } from "next/navigation";
import { ZodError } from "zod";
import { PrintButton } from "@/features/indicators/ui/print-button";
import { listAddresses, type TListPlace } from "@/features/imports/rosters";
import { getActor } from "@/server/auth/session";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { getLocale, getT } from "@/server/i18n";
import { todayInBeijing } from "@/lib/time";
import { listInputOf, rosterSheet } from "./roster-sheets";

/** More than this goes to the export: a print of thousands of rows helps nobody. */
const PRINT_ROWS = 1000;

/**
 * A list on A4, in the filter and sort of the list it was opened from (the same rows as its
 * export, personal data masked alike): a county's roster, or an administrator's list.
 */
export async function RosterPrint({ place, query }: { place: TListPlace; query: Record<string, string | string[] | undefined> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === "string") params.set(k, v);
  const t = await getT();
  let sheet;
  try {
    sheet = await rosterSheet(db(), actor, place.roster, listInputOf(params, place.countyCode ?? null), await getLocale(), PRINT_ROWS);
  } catch (e) {
    // Outside the scope reads as absent; so does an address whose filter is not well formed.
    if (e instanceof ZodError || (e instanceof DomainError && e.code === "NOT_FOUND")) notFound();
    throw e;
  }
  const { county, title, total } = sheet;
  const date = todayInBeijing();
  return (
    <article className="print-page">
      <div className="spread no-print">
        <a href={`${listAddresses(place).list}?${params.toString()}`}>← {t("list.backToList")}</a>
        <PrintButton />
      </div>
      <h1 style={{ fontSize: "1.3rem" }}>{county ? `${county.name} ${title}` : title}</h1>
      <p className="muted">{county ? t("list.printed", { county: county.name, title, total, date }) : t("list.printedAll", { title, total, date })}</p>
      {total > sheet.rows.length && (
        <p role="note" className="alert">
          {t("list.printCapped", { shown: sheet.rows.length, total })}
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
