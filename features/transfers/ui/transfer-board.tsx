"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { RecordLink } from "@/components/ui/record-link";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { InlineError, Outcome } from "@/components/ui/states";
import { Decision } from "@/components/ui/decision";
import { beijingDate, beijingDateTime } from "@/lib/time";
import { DataList, useListSort, SearchFilter } from "@/components/ui/data-list";
import { pick, useDebouncedSearch, useUrlFilters } from "@/components/ui/use-url-filters";
import { TRANSFER_SIDES, TRANSFER_SORTS } from "@/features/transfers/schema";
import { Picker } from "@/components/ui/picker";
import { useOrgSource } from "@/features/orgs/ui/org-sources";
import { RosterHeader } from "@/features/imports/ui/roster-header";

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
  const filters = useUrlFilters();
  const [q, setQ] = useDebouncedSearch(filters);
  const side = pick(TRANSFER_SIDES, filters.params.get("side")) ?? "in";
  const input = { countyCode, side, page: filters.page, q: filters.params.get("q") ?? "", ...useListSort(filters, TRANSFER_SORTS) };
  const list = useQuery({ ...trpc.transfer.list.queryOptions(input), placeholderData: keepPreviousData });
  const title = t(side === "in" ? "transfer.incoming" : "transfer.outgoing");
  return (
    <>
      <RosterHeader title={t("transfer.title", { name: list.data?.county.name ?? "" })} roster="transfers" countyCode={countyCode} />
      <p className="muted">{t("transfer.rules")}</p>
      <nav className="row" aria-label={t("nav.transfers")} style={{ marginBottom: 8 }}>
        {TRANSFER_SIDES.map((s) => (
          <button key={s} type="button" aria-pressed={side === s} onClick={() => filters.set({ side: s === "in" ? undefined : s, sort: undefined, dir: undefined })}>
            {t(s === "in" ? "transfer.incoming" : "transfer.outgoing")}
          </button>
        ))}
      </nav>
      <div className="filters" role="search">
        <SearchFilter id="t-q" label={t("member.developmentNumber")} inputMode="numeric" maxLength={20} value={q} onChange={setQ} />
      </div>
      <h2>{title}</h2>
      <DataList list={list} filters={filters} sort={input} caption={title} testId={side === "in" ? "incoming" : "outgoing"} empty={t("transfer.none")}
        columns={[
          {
            id: "member",
            header: t("transfer.member"),
            cell: (r) => (
              <>
                {r.member.id ? <RecordLink href={`/members/${r.member.id}`}>{r.member.name}</RecordLink> : r.member.name} <span className="muted">{r.member.developmentNumber}</span>
              </>
            ),
          },
          { id: "from", header: t("transfer.from"), cell: (r) => `${r.fromOrg.county.name} · ${r.fromOrg.name}` },
          { id: "to", header: t("transfer.to"), cell: (r) => `${r.toOrg.county.name} · ${r.toOrg.name}` },
          { id: "status", header: t("transfer.statusLabel"), sortable: true, cell: (r) => <TransferState row={r} /> },
          {
            id: "requestedAt",
            header: t("transfer.requestedAt"),
            sortable: true,
            cell: (r) => (
              <>
                {beijingDate(r.requestedAt)}
                {r.status === "PENDING" && (
                  <div className="muted">
                    {t("transfer.expiresAt")} {beijingDate(r.expiresAt)}
                  </div>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** Where a transfer stands, who decided it, and the answer or withdrawal its viewer may give. */
function TransferState({ row: r }: { row: TRow }) {
  const t = useT();
  return (
    <>
      {r.status === "PENDING" ? t(r.startedBy === "FROM" ? "transfer.awaiting.TO" : "transfer.awaiting.FROM") : t(`transfer.status.${r.status}`)}
      {r.decidedBy && r.decidedAt && <div className="muted">{t("transfer.decidedBy", { who: r.decidedBy, at: beijingDateTime(r.decidedAt) })}</div>}
      {r.decisionComment && <div className="muted">{r.decisionComment}</div>}
      {r.canAnswer && <Answer id={r.id} releasing={r.startedBy === "TO"} />}
      {r.canWithdraw && <Withdraw id={r.id} />}
    </>
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
      <InlineError error={error} />
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
      <Outcome note={message} />
    </section>
  );
}
