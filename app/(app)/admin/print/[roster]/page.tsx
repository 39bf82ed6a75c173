import { notFound } from "next/navigation";
import { RosterPrint } from "@/features/imports/server/roster-print";
import { isAdminList } from "@/features/imports/rosters";
import { Allowed } from "@/server/auth/allowed";

/** An administrator's list (accounts, the sign-in log) on A4, in the filter and sort it was opened from. */
export default async function AdminListPrintPage(props: { params: Promise<{ roster: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { roster } = await props.params;
  if (!isAdminList(roster)) notFound();
  return (
    <Allowed action="manageAccounts">
      <RosterPrint place={{ roster }} query={await props.searchParams} />
    </Allowed>
  );
}
