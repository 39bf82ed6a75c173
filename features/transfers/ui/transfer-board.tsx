"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import Link from "next/link";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { Decision } from "@/components/ui/decision";
import { beijingDate, beijingDateTime } from "@/lib/time";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";

type TRow = {
  id: string;
  status: "PENDING" | "APPROVED" | "REJECTED" | "EXPIRED" | "WITHDRAWN";
  startedBy: "FROM" | "TO";
  note: string;
  requestedAt: string;
  expiresAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionComment: string;
  canAnswer: boolean;
  canWithdraw: boolean;
  member: { id: string | null; name: string; developmentNumber: string };
  fromOrg: { name: string; county: { name: string } };
  toOrg: { name: string; county: { name: string } };
};

/**
 * A county's transfers in and out. Each waits for the side that did not start it: the member's
 * side releases, the receiving side accepts; the starting side may withdraw it while it is open.
 */
export function TransferBoard({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.transfer.list.queryOptions({ countyCode }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  return (
    <>
      <h1>{t("transfer.title", { name: q.data.county.name })}</h1>
      <p className="muted">{t("transfer.rules")}</p>
      <h2>{t("transfer.incoming")}</h2>
      <TransferTable rows={q.data.incoming} testId="incoming" />
      <h2>{t("transfer.outgoing")}</h2>
      <TransferTable rows={q.data.outgoing} testId="outgoing" />
    </>
  );
}

function TransferTable({ rows, testId }: { rows: TRow[]; testId: string }) {
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
              {r.member.id ? <Link href={`/members/${r.member.id}`}>{r.member.name}</Link> : r.member.name} <span className="muted">{r.member.developmentNumber}</span>
            </td>
            <td data-label={t("transfer.from")}>
              {r.fromOrg.county.name} · {r.fromOrg.name}
            </td>
            <td data-label={t("transfer.to")}>
              {r.toOrg.county.name} · {r.toOrg.name}
            </td>
            <td data-label={t("transfer.statusLabel")}>
              {r.status === "PENDING" ? t(r.startedBy === "FROM" ? "transfer.awaiting.TO" : "transfer.awaiting.FROM") : t(`transfer.status.${r.status}`)}
              {r.decidedBy && r.decidedAt && <div className="muted">{t("transfer.decidedBy", { who: r.decidedBy, at: beijingDateTime(r.decidedAt) })}</div>}
              {r.decisionComment && <div className="muted">{r.decisionComment}</div>}
              {r.canAnswer && <Answer id={r.id} releasing={r.startedBy === "TO"} />}
              {r.canWithdraw && <Withdraw id={r.id} />}
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

/** The side that did not start a transfer answers it: release (member's side) or accept (receiving side), or refuse with a reason. */
function Answer({ id, releasing }: { id: string; releasing: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation(
    trpc.transfer.decide.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => setError(errorText(t, e, e.data?.fieldErrors?.comment ? "comment" : undefined)),
    }),
  );
  return (
    <Decision
      approveLabel={t(releasing ? "transfer.release" : "transfer.accept")}
      rejectLabel={t("transfer.reject")}
      commentLabel={t("transfer.comment")}
      pending={decide.isPending}
      error={error}
      decide={(approve, comment) => decide.mutate({ transferId: id, approve, comment })}
    />
  );
}

function Withdraw({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const withdraw = useMutation(trpc.transfer.withdraw.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(), onError: (e) => setError(errorText(t, e)) }));
  return (
    <div className="row" style={{ marginTop: 6 }}>
      <button type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ transferId: id })}>
        {t("transfer.withdraw")}
      </button>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The receiving side asks for a member of another county by number and name. */
export function TransferInRequest({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orgs = useOrgSource(countyCode);
  const [v, setV] = useState({ developmentNumber: "", name: "", toOrgId: "", note: "" });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const request = useMutation(
    trpc.transfer.requestIn.mutationOptions({
      onSuccess: async () => {
        setMessage({ ok: true, text: t("transfer.requestedIn") });
        await queryClient.invalidateQueries();
      },
      onError: (e) => setMessage({ ok: false, text: errorText(t, e) }),
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
        <Picker label={t("transfer.to")} value={v.toOrgId} source={orgs} onChange={(x) => setV({ ...v, toOrgId: x })} />
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
