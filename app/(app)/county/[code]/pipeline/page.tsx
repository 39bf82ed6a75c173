import { Suspense } from "react";
import { PipelineBoard } from "@/features/pipeline/ui/pipeline-board";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function PipelinePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return (
    <Suspense>
      <PipelineBoard countyCode={code} canDecide={actor ? can(actor.role, "decideRecommendations") : false} />
    </Suspense>
  );
}
