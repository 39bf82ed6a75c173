"use client";

import { signOut } from "next-auth/react";
import { useT } from "@/components/i18n-provider";

export function SignOutButton() {
  const t = useT();
  return (
    <button type="button" className="primary" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
      {t("signOut.submit")}
    </button>
  );
}
