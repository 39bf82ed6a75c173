import { Suspense } from "react";
import { CadreList } from "@/features/cadres/ui/cadre-list";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function CadresPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <Suspense>
      <CadreList countyCode={code} canEdit={actor ? can(actor.role, "editPeople") : false} />
    </Suspense>
  );
}
