"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n-provider";
import type { TRole } from "@/lib/permissions";

export function AccountMenu(props: { name: string; role: TRole; scope: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);
  return (
    <div className="account" ref={ref}>
      <button type="button" aria-expanded={open} aria-controls="account-panel" onClick={() => setOpen(!open)}>
        {props.name} ▾
      </button>
      {open && (
        <div id="account-panel" className="account-panel" role="region" aria-label={t("account.menu")}>
          <dl className="facts">
            <dt>{t("account.role")}</dt>
            <dd data-testid="account-role">{t(`role.${props.role}`)}</dd>
            <dt>{t("account.scope")}</dt>
            <dd data-testid="account-scope">{props.scope}</dd>
          </dl>
          <p>
            <Link href="/account/password" onClick={() => setOpen(false)}>
              {t("account.password")}
            </Link>
          </p>
          <p>
            <button type="button" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
              {t("account.signOut")}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
