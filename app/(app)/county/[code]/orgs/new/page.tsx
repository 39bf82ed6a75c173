import { EMPTY_ORG, OrgForm } from "@/components/orgs/org-form";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function NewOrgPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  const t = await getT();
  if (!actor || !can(actor.role, "editOrgs")) {
    return (
      <p role="alert" className="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return (
    <>
      <h1>{t("orgs.new")}</h1>
      <OrgForm countyCode={code} initial={EMPTY_ORG} />
    </>
  );
}
