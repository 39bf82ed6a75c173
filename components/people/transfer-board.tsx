"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { translateMessage, type TMessageKey } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "../i18n-provider";
import { Decision } from "../ui/decision";
import { beijingDate } from "@/lib/time";
import { Empty, ErrorState, Loading } from "../ui/states";

type TRow = {
  id: string;
  status: string;
  note: string;
  requestedAt: string;
  expiresAt: string;
  decisionComment: string;
  member: { name: string; developmentNumber: string };
  fromOrg: { name: string; county: { name: string } };
  toOrg: { name: string; county: { name: string } };
};

/** A county's incoming transfers to decide and outgoing ones to follow. */
export function TransferBoard({ countyCode, canDecide }: { countyCode: string; canDecide: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.transfer.list.queryOptions({ countyCode }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  return (
    <>
      <h1>{t("transfer.title", { name: q.data.county.name })}</h1>
      <h2>{t("transfer.incoming")}</h2>
      <TransferTable rows={q.data.incoming} decide={canDecide} testId="incoming" />
      <h2>{t("transfer.outgoing")}</h2>
      <TransferTable rows={q.data.outgoing} decide={false} testId="outgoing" />
    </>
  );
}

function TransferTable({ rows, decide, testId }: { rows: TRow[]; decide: boolean; testId: string }) {
  const t = useT();
  if (rows.length === 0) return <Empty>{t("transfer.none")}</Empty>;
  return (
    <table className="list responsive" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t("transfer.member")}</th>
          <th scope="col">{t("transfer.from")}</th>
          <th scope="col">{t("transfer.to")}</th>
          <th scope="col">{t("transfer.statusLabel")}</th>
          <th scope="col">{t("transfer.requestedAt")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              {r.member.name} <span className="muted">{r.member.developmentNumber}</span>
            </td>
            <td data-label={t("transfer.from")}>
              {r.fromOrg.county.name} · {r.fromOrg.name}
            </td>
            <td data-label={t("transfer.to")}>
              {r.toOrg.county.name} · {r.toOrg.name}
            </td>
            <td data-label={t("transfer.statusLabel")}>
              {t(`transfer.status.${r.status}` as TMessageKey)}
              {r.decisionComment && <div className="muted">{r.decisionComment}</div>}
              {decide && r.status === "PENDING" && <Decide id={r.id} />}
            </td>
            <td data-label={t("transfer.requestedAt")}>
              {beijingDate(r.requestedAt)}
              {r.status === "PENDING" && (
                <div className="muted">
                  {t("transfer.expiresAt")} {beijingDate(r.expiresAt)}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decide({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation(
    trpc.transfer.decide.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => setError(translateMessage(t, e.data?.fieldErrors?.comment?.[0] ?? e.message)),
    }),
  );
  return (
    <Decision
      approveLabel={t("transfer.approve")}
      rejectLabel={t("transfer.reject")}
      commentLabel={t("transfer.comment")}
      pending={decide.isPending}
      error={error}
      decide={(approve, comment) => decide.mutate({ transferId: id, approve, comment })}
    />
  );
}

/** The receiving side asks for a member of another county by number and name. */
export function TransferInRequest({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orgs = useQuery(trpc.member.orgOptions.queryOptions({ countyCode }));
  const [v, setV] = useState({ developmentNumber: "", name: "", toOrgId: "", note: "" });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const request = useMutation(
    trpc.transfer.requestIn.mutationOptions({
      onSuccess: async () => {
        setMessage({ ok: true, text: t("transfer.requested") });
        await queryClient.invalidateQueries();
      },
      onError: (e) => setMessage({ ok: false, text: translateMessage(t, Object.values(e.data?.fieldErrors ?? {})[0]?.[0] ?? e.message) }),
    }),
  );
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t("transfer.requestIn")}</h2>
      <p className="muted">{t("transfer.requestInHint")}</p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          request.mutate(v);
        }}
      >
        <div>
          <label htmlFor="ti-dev">{t("member.developmentNumber")}</label>
          <input id="ti-dev" inputMode="numeric" maxLength={12} value={v.developmentNumber} onChange={(e) => setV({ ...v, developmentNumber: e.target.value })} />
        </div>
        <div>
          <label htmlFor="ti-name">{t("cadre.name")}</label>
          <input id="ti-name" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
        </div>
        <div>
          <label htmlFor="ti-org">{t("transfer.to")}</label>
          <select id="ti-org" value={v.toOrgId} onChange={(e) => setV({ ...v, toOrgId: e.target.value })}>
            <option value="">—</option>
            {(orgs.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="primary" disabled={request.isPending}>
            {t("transfer.submit")}
          </button>
        </div>
      </form>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
