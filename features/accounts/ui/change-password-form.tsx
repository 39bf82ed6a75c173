"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n";
import { ZChangePassword } from "@/features/accounts/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";

type TField = "currentPassword" | "newPassword" | "repeatPassword";

/** Current password, new password twice; the policy is the server's, its refusals shown beside the field. */
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const t = useT();
  const trpc = useTRPC();
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  const [saved, setSaved] = useState(false);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => setSaved(true),
      onError: (e) => {
        const fields = e.data?.fieldErrors ?? {};
        const out: Partial<Record<TField, string>> = {};
        for (const f of ["currentPassword", "newPassword", "repeatPassword"] as const) if (fields[f]?.[0]) out[f] = translateMessage(t, fields[f][0]);
        if (Object.keys(out).length === 0) out.currentPassword = translateMessage(t, e.message);
        setErrors(out);
      },
    }),
  );
  return (
    <>
      <h1>{t("password.title")}</h1>
      <form
        className="stack card"
        style={{ maxWidth: 440 }}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = Object.fromEntries(new FormData(form)) as Record<TField, string>;
          setSaved(false);
          const parsed = ZChangePassword.safeParse(data);
          if (!parsed.success) {
            setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), translateMessage(t, i.message)])));
            return;
          }
          setErrors({});
          change.mutate(parsed.data, { onSuccess: () => form.reset() });
        }}
      >
        <Field label={t("password.current")} error={errors.currentPassword}>
          {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" required maxLength={200} />}
        </Field>
        <Field label={t("password.new")} hint={t("password.hint", { min: minLength })} error={errors.newPassword}>
          {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" required minLength={minLength} maxLength={200} />}
        </Field>
        <Field label={t("password.repeat")} error={errors.repeatPassword}>
          {(p) => <input {...p} name="repeatPassword" type="password" autoComplete="new-password" required maxLength={200} />}
        </Field>
        <div className="row">
          <button className="primary" type="submit" disabled={change.isPending}>
            {change.isPending ? t("common.saving") : t("password.submit")}
          </button>
          {saved && (
            <span role="status" className="notice">
              {t("password.saved")}
            </span>
          )}
        </div>
      </form>
    </>
  );
}
