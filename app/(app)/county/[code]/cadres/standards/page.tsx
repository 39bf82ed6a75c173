import { StandardsView } from "@/features/cadres/ui/standards-view";

export default async function StandardsPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  return <StandardsView countyCode={code} />;
}
