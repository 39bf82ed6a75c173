import { notFound } from "next/navigation";
import { Allowed } from "@/server/auth/allowed";
import { RosterImport } from "@/features/imports/ui/roster-import";

const ROSTERS = ["schools", "units", "youthHomes"] as const;

export default async function ImportCoverageUnitsPage(props: { params: Promise<{ code: string }>; searchParams: Promise<{ roster?: string }> }) {
  const { code } = await props.params;
  const { roster } = await props.searchParams;
  const which = ROSTERS.find((r) => r === roster);
  if (!which) notFound();
  return (
    <Allowed action="editPeople">
      <RosterImport countyCode={code} roster={which} />
    </Allowed>
  );
}
