import { Suspense } from "react";
import { SignInForm } from "@/features/accounts/ui/sign-in-form";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { getT } from "@/server/i18n";

export default async function SignInPage() {
  const t = await getT();
  return (
    <>
      <header className="top">
        <div className="bar">
          <span className="brand">{t("app.name")}</span>
          <LocaleSwitch />
        </div>
      </header>
      <main style={{ maxWidth: 440 }}>
        <h1>{t("signIn.title")}</h1>
        <p className="muted">{t("app.tagline")}</p>
        <Suspense>
          <SignInForm />
        </Suspense>
      </main>
    </>
  );
}
