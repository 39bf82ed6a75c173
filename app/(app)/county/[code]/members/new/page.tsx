import { EMPTY_MEMBER, MemberForm } from "@/components/people/member-form";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function NewMemberPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  const t = await getT();
  if (!actor || !can(actor.role, "editPeople")) {
    return (
      <p role="alert" className="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return (
    <>
      <h1>{t("members.new")}</h1>
      <MemberForm countyCode={code} initial={EMPTY_MEMBER} />
    </>
  );
}
