import { Suspense } from "react";
import { CadreDetail } from "@/features/cadres/ui/cadre-detail";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function CadrePage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  const caller = await serverCaller();
  const initial = await orNotFound(caller.cadre.get({ id }));
  const actor = await getActor();
  return (
    <Suspense>
      <CadreDetail id={id} countyCode={initial.cadre.county.code} initial={initial} canEdit={actor ? can(actor.role, "editPeople") : false} />
    </Suspense>
  );
}
