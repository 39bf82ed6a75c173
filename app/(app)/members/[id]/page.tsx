import { Suspense } from "react";
import { MemberDetail } from "@/features/members/ui/member-detail";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function MemberPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  const caller = await serverCaller();
  const initial = await orNotFound(caller.member.get({ id }));
  const actor = await getActor();
  return (
    <Suspense>
      <MemberDetail id={id} initial={initial} canEdit={actor ? can(actor.role, "editPeople") : false} />
    </Suspense>
  );
}
