import { RosterImport } from "@/components/people/roster-import";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function ImportMembersPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  if (!actor || !can(actor.role, "editPeople")) {
    const t = await getT();
    return (
      <p role="alert" className="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return <RosterImport countyCode={code} roster="members" />;
}
