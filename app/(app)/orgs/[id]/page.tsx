import { Suspense } from "react";
import { OrgDetail } from "@/features/orgs/ui/org-detail";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function OrgPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  const caller = await serverCaller();
  const initial = await orNotFound(caller.org.get({ id }));
  const actor = await getActor();
  return (
    <Suspense>
      <OrgDetail
        id={id}
        initial={initial}
        canEdit={actor ? can(actor.role, "editOrgs") : false}
        canChangeStatus={actor ? can(actor.role, "changeOrgStatus") : false}
      />
    </Suspense>
  );
}
