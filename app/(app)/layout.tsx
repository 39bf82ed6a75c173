import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/layout/account-menu";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const t = await getT();
  return (
    <>
      <a className="skip" href="#content">
        {t("nav.skip")}
      </a>
      <header className="top">
        <div className="bar">
          <Link className="brand" href="/">
            {t("app.name")}
          </Link>
          <LocaleSwitch />
          <AccountMenu name={actor.displayName} role={actor.role} scope={actor.regionName} />
        </div>
      </header>
      <main id="content">{children}</main>
    </>
  );
}
