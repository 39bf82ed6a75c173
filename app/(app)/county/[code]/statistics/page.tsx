import { StatsEditor } from "@/features/statistics/ui/stats-editor";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function StatisticsPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  return <StatsEditor countyCode={code} canEdit={actor ? can(actor.role, "editStats") : false} />;
}
