import { Allowed } from "@/components/layout/allowed";
import { RosterImport } from "@/components/people/roster-import";

export default async function ImportCadresPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return (
    <Allowed action="editPeople">
      <RosterImport countyCode={code} roster="cadres" />
    </Allowed>
  );
}
