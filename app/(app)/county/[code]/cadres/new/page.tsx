import { CadreForm, EMPTY_CADRE } from "@/components/people/cadre-form";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function NewCadrePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  const t = await getT();
  if (!actor || !can(actor.role, "editPeople")) {
    return (
      <p role="alert" className="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return (
    <>
      <h1>{t("cadres.new")}</h1>
      <CadreForm countyCode={code} initial={EMPTY_CADRE} />
    </>
  );
}
