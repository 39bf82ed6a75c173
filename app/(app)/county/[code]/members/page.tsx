import { Suspense } from "react";
import { MemberList } from "@/features/members/ui/member-list";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function MembersPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <Suspense>
      <MemberList countyCode={code} canEdit={actor ? can(actor.role, "editPeople") : false} />
    </Suspense>
  );
}
