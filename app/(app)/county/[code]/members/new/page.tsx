import { Allowed } from "@/server/auth/allowed";
import { EMPTY_MEMBER, MemberForm } from "@/features/members/ui/member-form";
import { getT } from "@/server/i18n";

export default async function NewMemberPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const t = await getT();
  return (
    <Allowed action="editPeople">
      <h1>{t("members.new")}</h1>
      <MemberForm countyCode={code} initial={EMPTY_MEMBER} />
    </Allowed>
  );
}
