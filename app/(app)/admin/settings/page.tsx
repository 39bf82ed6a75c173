import { SettingsForm } from "@/components/layout/settings-form";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function SettingsPage() {
  const actor = await getActor();
  if (actor?.role !== "ADMIN") {
    const t = await getT();
    return (
      <p role="alert" className="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return <SettingsForm />;
}
