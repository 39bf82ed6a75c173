"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { isMessageKey, translateMessage, type TTranslate } from "@/lib/i18n";
import { decodeMessage } from "@/lib/validation/messages";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";

/**
 * What a refused sign-in says: a lock, a wait or the demo password plainly (the server sends a
 * catalogue key); anything else, wrong password and unknown user alike, the one generic message.
 */
function refusalText(t: TTranslate, error: string): string {
  return isMessageKey(decodeMessage(error).key) && error.startsWith("signIn.") ? translateMessage(t, error) : t("signIn.failed");
}

export function SignInForm() {
  const t = useT();
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(() => {
    // The address can be written by anyone: a key from it is shown only when it carries no text
    // of its own (a lock's time, a wait) that a crafted link could fill in.
    const given = params.get("error");
    if (!given) return null;
    return Object.keys(decodeMessage(given).params).length ? t("signIn.failed") : refusalText(t, given);
  });
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(refusalText(t, result?.error ?? ""));
        return;
      }
      const next = params.get("callbackUrl");
      router.replace(next && next.startsWith("/") && !next.startsWith("//") ? next : "/");
      router.refresh();
    } catch {
      setError(t("signIn.network"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack card" onSubmit={onSubmit} aria-describedby={error ? "sign-in-error" : undefined}>
      <Field label={t("signIn.username")}>
        {(p) => <input {...p} name="username" autoComplete="username" required autoFocus />}
      </Field>
      <Field label={t("signIn.password")}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      {error && (
        <div id="sign-in-error" role="alert" className="form-error">
          {error}
        </div>
      )}
      <div>
        <button className="primary" type="submit" disabled={busy}>
          {busy ? t("signIn.busy") : t("signIn.submit")}
        </button>
      </div>
    </form>
  );
}
