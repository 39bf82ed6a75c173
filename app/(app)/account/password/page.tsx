import { ChangePasswordForm } from "@/features/accounts/ui/change-password-form";
import { serverCaller } from "@/server/trpc/caller";

export default async function ChangePasswordPage() {
  const settings = await (await serverCaller()).setting.get();
  return <ChangePasswordForm minLength={settings.passwordMinLength} />;
}
