import { Allowed } from "@/server/auth/allowed";
import { RosterImport } from "@/features/imports/ui/roster-import";

export default async function ImportCadresPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return (
    <Allowed action="editPeople">
      <RosterImport countyCode={code} roster="cadres" />
    </Allowed>
  );
}
