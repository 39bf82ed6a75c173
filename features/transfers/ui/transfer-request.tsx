"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Outcome } from "@/components/ui/states";
import { Field } from "@/components/ui/field";
import { Picker, type TPickerSource } from "@/components/ui/picker";
import type { TPickOption } from "@/lib/schemas/pick";

/** On a member's page: ask to move them to an organisation anywhere, or to the graduates' branch. */
export function TransferRequest({ memberId, isStudent }: { memberId: string; isStudent: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [toOrgId, setToOrgId] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Organisations anywhere, so only by name and a page at a time; the second line says where each is.
  const destinations = useMemo<TPickerSource<TPickOption>>(
    () => ({
      key: ["transfer.destinations"],
      minChars: 2,
      load: async (q, page) => {
        const found = await queryClient.fetchQuery(trpc.transfer.destinations.queryOptions({ q, page }));
        return {
          more: found.more,
          items: found.items.map((o) => ({ value: o.id, label: o.name, hint: `${[o.county, o.township].filter(Boolean).join(" · ")}（${t(`orgType.${o.type}`)}）` })),
        };
      },
    }),
    [queryClient, trpc, t],
  );
  const onError = (e: { message: string; data?: { fieldErrors?: Record<string, string[]> | null; messageParams?: Record<string, string | number> | null } | null }) => {
    setMessage({ ok: false, text: errorText(t, e) });
  };
  const request = useMutation(
    trpc.transfer.request.mutationOptions({
      onSuccess: async (r) => {
        setMessage({ ok: true, text: r.status === "APPROVED" ? t("transfer.done") : t("transfer.requested") });
        await queryClient.invalidateQueries();
      },
      onError,
    }),
  );
  const graduate = useMutation(
    trpc.transfer.graduate.mutationOptions({
      onSuccess: async (r) => {
        setMessage({ ok: true, text: r.status === "APPROVED" ? t("transfer.graduated") : t("transfer.requested") });
        await queryClient.invalidateQueries();
      },
      onError,
    }),
  );
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t("transfer.request")}</h2>
      <p className="muted">{t("transfer.requestHint")}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!toOrgId) return setMessage({ ok: false, text: t("v.choose") });
          request.mutate({ memberId, toOrgId, note });
        }}
      >
        <Picker label={t("transfer.to")} placeholder="…团支部" value={toOrgId} source={destinations} onChange={(x) => setToOrgId(x)} />
        <Field label={t("transfer.note")}>{(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} />}</Field>
        <div className="row">
          <button type="submit" className="primary" disabled={request.isPending}>
            {t("transfer.submit")}
          </button>
          {isStudent && (
            <button type="button" disabled={graduate.isPending} onClick={() => graduate.mutate({ memberId })}>
              {t("transfer.graduate")}
            </button>
          )}
        </div>
      </form>
      <Outcome note={message} />
    </section>
  );
}
