"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n";
import { ORG_STATUSES, ZSetOrgStatusInput, type TOrgStatus } from "@/features/orgs/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { statusKey } from "./labels";

/** Lifecycle changes need a reason; organisations are never deleted, only moved on. */
export function OrgStatusForm(props: { id: string; version: number; status: TOrgStatus }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TOrgStatus>(props.status);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ reason?: string; form?: string }>({});
  const mutation = useMutation(
    trpc.org.setStatus.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) =>
        setError({
          reason: e.data?.fieldErrors?.reason?.[0] ? translateMessage(t, e.data.fieldErrors.reason[0]) : undefined,
          form: e.data?.code === "CONFLICT" ? t("common.conflict") : e.data?.code === "FORBIDDEN" ? t("common.forbidden") : translateMessage(t, e.message),
        }),
    }),
  );
  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const input = { id: props.id, version: props.version, status, reason };
    const parsed = ZSetOrgStatusInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError({ reason: issue ? translateMessage(t, issue.message) : undefined });
      return;
    }
    setError({});
    mutation.mutate(parsed.data);
  }
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t("org.statusChange")}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <Field label={t("org.status")}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as TOrgStatus)}>
              {ORG_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(statusKey(s))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("org.statusReason")} error={error.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />}
        </Field>
        {error.form && (
          <div role="alert" className="alert">
            {error.form}
          </div>
        )}
        <div>
          <button type="submit" disabled={mutation.isPending || status === props.status}>
            {mutation.isPending ? t("common.saving") : t("org.statusSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
