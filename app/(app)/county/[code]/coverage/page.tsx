import { Suspense } from "react";
import { CoverageUnits } from "@/features/coverage/ui/coverage-units";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function CoveragePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <Suspense>
      <CoverageUnits countyCode={code} canEdit={actor ? can(actor.role, "editPeople") : false} />
    </Suspense>
  );
}
