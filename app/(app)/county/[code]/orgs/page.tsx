import { Suspense } from "react";
import { OrgList } from "@/features/orgs/ui/org-list";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function OrgsPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <Suspense>
      <OrgList countyCode={code} canEdit={actor ? can(actor.role, "editOrgs") : false} />
    </Suspense>
  );
}
