import { CountyC1 } from "@/components/indicators/county-c1";

export default async function CountyDashboardPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return <CountyC1 countyCode={code} />;
}
