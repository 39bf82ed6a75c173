import { Allowed } from "@/server/auth/allowed";
import { RosterImport } from "@/features/imports/ui/roster-import";

export default async function ImportOrgsPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return (
    <Allowed action="editOrgs">
      <RosterImport countyCode={code} roster="orgs" />
    </Allowed>
  );
}
