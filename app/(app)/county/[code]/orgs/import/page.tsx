import { Allowed } from "@/components/layout/allowed";
import { RosterImport } from "@/components/people/roster-import";

export default async function ImportOrgsPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return (
    <Allowed action="editOrgs">
      <RosterImport countyCode={code} roster="orgs" />
    </Allowed>
  );
}
