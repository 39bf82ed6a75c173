"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ORG_STATUSES, ZSetOrgStatusInput, type TOrgStatus } from "@/features/orgs/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { pick } from "@/components/ui/use-url-filters";
import { statusKey } from "./labels";

/**
 * Lifecycle changes need a reason; organisations are never deleted, only moved on. The change
 * starts from the version on screen: if someone saved the organisation meanwhile, the stored
 * status is shown beside the one chosen.
 */
export function OrgStatusForm(props: { id: string; version: number; status: TOrgStatus }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useSchemaForm({ status: props.status, reason: "" }, props.version);
  const save = useMutation(trpc.org.setStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(), onError: f.serverError }));
  function onSubmit() {
    const parsed = f.validate(ZSetOrgStatusInput, { id: props.id, version: f.version ?? props.version, ...f.values });
    if (parsed) save.mutate(parsed);
  }
  const shown = (s: string) => {
    const known = pick(ORG_STATUSES, s);
    return known ? t(statusKey(known)) : s;
  };
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t("org.statusChange")}</h2>
      <FormShell
        form={f}
        onSubmit={onSubmit}
        busy={save.isPending}
        idle={f.values.status === props.status}
        submitLabel={t("org.statusSubmit")}
        conflict={[{ key: "status", label: t("org.status"), show: shown }]}
        testId="org-status"
      >
        <SelectField label={t("org.status")} value={f.values.status} options={ORG_STATUSES} labelKey={statusKey} onChange={(x) => f.set("status", x || props.status)} error={f.errors.status} />
        <TextField label={t("org.statusReason")} value={f.values.reason} onChange={(x) => f.set("reason", x)} error={f.errors.reason} maxLength={300} />
      </FormShell>
    </section>
  );
}
