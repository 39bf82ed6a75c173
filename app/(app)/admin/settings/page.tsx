import { Allowed } from "@/components/layout/allowed";
import { SettingsForm } from "@/components/layout/settings-form";

export default function SettingsPage() {
  return (
    <Allowed action="editSettings">
      <SettingsForm />
    </Allowed>
  );
}
