import { Allowed } from "@/components/layout/allowed";
import { SettingsForm } from "@/components/layout/settings-form";
import { ThresholdsForm } from "@/components/layout/thresholds-form";

export default function SettingsPage() {
  return (
    <Allowed action="editSettings">
      <SettingsForm />
      <ThresholdsForm />
    </Allowed>
  );
}
