"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "../i18n-provider";

/** The administrator's pages: settings, accounts and the sign-in log. */
export function AdminNav() {
  const t = useT();
  const path = usePathname();
  const links = [
    { href: "/admin/settings", label: t("settings.title") },
    { href: "/admin/accounts", label: t("nav.accounts") },
    { href: "/admin/sign-ins", label: t("nav.signIns") },
  ];
  return (
    <nav className="row subnav" aria-label={t("nav.admin")} style={{ marginBottom: 8 }}>
      {links.map((l) => (
        <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined} className="button">
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
