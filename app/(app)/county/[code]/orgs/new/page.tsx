import { Allowed } from "@/server/auth/allowed";
import { EMPTY_ORG, OrgForm } from "@/features/orgs/ui/org-form";
import { getT } from "@/server/i18n";

export default async function NewOrgPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const t = await getT();
  return (
    <Allowed action="editOrgs">
      <h1>{t("orgs.new")}</h1>
      <OrgForm countyCode={code} initial={EMPTY_ORG} />
    </Allowed>
  );
}
