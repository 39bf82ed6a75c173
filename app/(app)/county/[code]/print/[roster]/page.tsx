import { notFound } from "next/navigation";
import { RosterPrint } from "@/features/imports/server/roster-print";
import { isCountyRoster } from "@/features/imports/rosters";

/** A county's roster on A4, in the filter and sort of the list it was opened from. */
export default async function RosterPrintPage(props: { params: Promise<{ code: string; roster: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code, roster } = await props.params;
  if (!isCountyRoster(roster)) notFound();
  return <RosterPrint place={{ roster, countyCode: code }} query={await props.searchParams} />;
}
