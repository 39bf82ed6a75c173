import Link from "next/link";
import type { ReactNode } from "react";
import { can, type TAction } from "@/lib/permissions";
import { getActor } from "./session";
import { getT } from "../i18n";

/** Renders its children only for roles that may take the action; others read why not, with a link home. */
export async function Allowed({ action, children }: { action: TAction; children: ReactNode }) {
  const actor = await getActor();
  if (actor && can(actor.role, action)) return <>{children}</>;
  const t = await getT();
  // The way on from a page the role may not use: its own home.
  return (
    <p role="alert" className="alert">
      {t("common.forbidden")} <Link href="/">{t("nav.home")}</Link>
    </p>
  );
}
