"use client";

import Link from "next/link";
import { useT } from "../i18n-provider";
import { translateMessage } from "@/lib/i18n";

export function Loading() {
  const t = useT();
  return (
    <p role="status" aria-live="polite" className="muted">
      {t("common.loading")}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: { message: string; data?: unknown } | null; retry?: () => void }) {
  const t = useT();
  const code = (error?.data as { code?: string } | undefined)?.code;
  const message =
    code === "NOT_FOUND"
      ? t("common.notFound")
      : code === "FORBIDDEN"
        ? t("common.forbidden")
        : t("common.error", { message: translateMessage(t, error?.message ?? "") });
  return (
    <div role="alert" className="alert">
      {message}{" "}
      {retry && code !== "NOT_FOUND" && code !== "FORBIDDEN" && (
        <button type="button" onClick={retry}>
          {t("common.retry")}
        </button>
      )}
      {/* Trying again changes nothing here: the way on is back to the user's own home. */}
      {(code === "NOT_FOUND" || code === "FORBIDDEN") && <Link href="/">{t("nav.home")}</Link>}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="muted">{children}</p>;
}

/** What an action came to: a confirmation read out politely, or a refusal read out at once. */
export function Outcome({ note }: { note: { ok: boolean; text: string } | null }) {
  return note ? (
    <p role={note.ok ? "status" : "alert"} className={note.ok ? "notice" : "alert"}>
      {note.text}
    </p>
  ) : null;
}

/** A refusal beside the control that caused it. */
export function InlineError({ error }: { error: string | null }) {
  return error ? (
    <span role="alert" className="form-error">
      {error}
    </span>
  ) : null;
}
