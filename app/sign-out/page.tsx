import { SignOutButton } from "@/features/accounts/ui/sign-out-form";
import { getT } from "@/server/i18n";

export default async function SignOutPage() {
  const t = await getT();
  return (
    <main style={{ maxWidth: 440 }}>
      <h1>{t("signOut.title")}</h1>
      <p>{t("signOut.confirm")}</p>
      <SignOutButton />
    </main>
  );
}
