import { Allowed } from "@/server/auth/allowed";
import { SettingsForm } from "@/features/settings/ui/settings-form";
import { ThresholdsForm } from "@/features/settings/ui/thresholds-form";

export default function SettingsPage() {
  return (
    <Allowed action="editSettings">
      <SettingsForm />
      <ThresholdsForm />
    </Allowed>
  );
}
