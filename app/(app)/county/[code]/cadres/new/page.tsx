import { Allowed } from "@/server/auth/allowed";
import { CadreForm, EMPTY_CADRE } from "@/features/cadres/ui/cadre-form";
import { getT } from "@/server/i18n";

export default async function NewCadrePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const t = await getT();
  return (
    <Allowed action="editPeople">
      <h1>{t("cadres.new")}</h1>
      <CadreForm countyCode={code} initial={EMPTY_CADRE} />
    </Allowed>
  );
}
