"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { LEAVE_REASONS, REGISTRATION_STATUSES, ZLeaveMemberInput, ZRegistrationInput } from "@/features/members/schema";
import { yearInBeijing, todayInBeijing } from "@/lib/time";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import { SelectField, TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { pick } from "@/components/ui/use-url-filters";
import { Empty } from "@/components/ui/states";
import { StaticTable } from "@/components/ui/static-table";

type TMembership = { id: string; startedOn: string; endedOn: string | null; endReason: "TRANSFER" | "MOVE" | "AGED_OUT" | "LEFT" | null; organisation: string };

/** The organisations a member belonged to, with the days: the history the figures count from. */
export function Memberships({ rows }: { rows: TMembership[] }) {
  const t = useT();
  return (
    <section style={{ marginTop: 16 }}>
      <h2>{t("membership.title")}</h2>
      <StaticTable
        testId="memberships"
        head={[t("member.organisation"), t("membership.from"), t("membership.until")]}
        rows={rows}
        rowKey={(r) => r.id}
        cells={(r) => [r.organisation, r.startedOn, r.endedOn ? `${r.endedOn} · ${r.endReason ? t(`membership.end.${r.endReason}`) : ""}` : t("membership.current")]}
      />
    </section>
  );
}

type TRegistration = { id: string; year: number; status: "REGISTERED" | "NOT_REGISTERED"; reason: string; version: number; confirmedAt: string };

/** Annual registration (团籍注册) year by year, and the form that records a year. */
export function Registrations(props: { memberId: string; joinedOn: string; rows: TRegistration[]; canEdit: boolean }) {
  const t = useT();
  return (
    <section style={{ marginTop: 16 }}>
      <h2>{t("registration.title")}</h2>
      {props.rows.length === 0 ? (
        <Empty>{t("registration.none")}</Empty>
      ) : (
        <table className="list" data-testid="registrations">
          <thead>
            <tr>
              <th scope="col">{t("registration.year")}</th>
              <th scope="col">{t("registration.status")}</th>
              <th scope="col">{t("registration.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.year}</td>
                <td>{t(`registration.state.${r.status}`)}</td>
                <td>{r.reason || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canEdit && <RegistrationForm {...props} />}
    </section>
  );
}

type TEntry = { status: (typeof REGISTRATION_STATUSES)[number]; reason: string };
const entryOf = (r: TRegistration | undefined): TEntry => ({ status: r?.status ?? "REGISTERED", reason: r?.reason ?? "" });

/**
 * Records a year: the form shows what is stored for the year chosen and saves over the version
 * it shows; what the user has typed stays when they choose another year.
 */
function RegistrationForm(props: { memberId: string; joinedOn: string; rows: TRegistration[] }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(String(yearInBeijing()));
  const rowOf = (y: string) => props.rows.find((r) => String(r.year) === y);
  const f = useSchemaForm(entryOf(rowOf(year)), rowOf(year)?.version ?? null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.member.register.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries();
      },
      onError: f.serverError,
    }),
  );
  const v = f.values;
  // From the year they joined, at most the last 30 years: nobody stays a member longer.
  const years = Array.from({ length: Math.min(30, yearInBeijing() - Number(props.joinedOn.slice(0, 4)) + 1) }, (_, i) => String(yearInBeijing() - i));
  function chooseYear(y: string) {
    setYear(y);
    setSaved(false);
    f.load(entryOf(rowOf(y)), rowOf(y)?.version ?? null, true);
  }
  function onSubmit() {
    setSaved(false);
    const parsed = f.validate(ZRegistrationInput, { memberId: props.memberId, year: Number(year), ...v, version: f.version });
    if (parsed) save.mutate(parsed);
  }
  const stateOf = (s: string) => {
    const known = pick(REGISTRATION_STATUSES, s);
    return known ? t(`registration.state.${known}`) : s;
  };
  return (
    <FormShell
      form={f}
      onSubmit={onSubmit}
      busy={save.isPending}
      submitLabel={t("registration.record")}
      notice={saved ? t("registration.saved") : null}
      conflict={[
        { key: "status", label: t("registration.status"), show: stateOf },
        { key: "reason", label: t("registration.reason") },
      ]}
      className="stack card"
      testId="registration-form"
    >
      <div className="filters" style={{ marginBottom: 0 }}>
        <SelectField label={t("registration.year")} value={year} options={years.map((y) => ({ value: y, label: y }))} onChange={chooseYear} error={f.errors.year} />
        <SelectField label={t("registration.status")} value={v.status} options={REGISTRATION_STATUSES} labelKey={(s) => `registration.state.${s}`} onChange={(x) => f.set("status", x || "REGISTERED")} error={f.errors.status} />
        {v.status === "NOT_REGISTERED" && <TextField label={t("registration.reason")} value={v.reason} onChange={(x) => f.set("reason", x)} error={f.errors.reason} maxLength={200} />}
      </div>
    </FormShell>
  );
}

/**
 * Records that a member left the League (aged out or otherwise) on a day. The leaving starts from
 * the version of the member on screen: if someone saved the member meanwhile, it is refused and
 * the form says so before it goes over their change.
 */
export function LeaveMember(props: { id: string; version: number; joinedOn: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const f = useSchemaForm({ leftOn: todayInBeijing(), reason: "AGED_OUT" as (typeof LEAVE_REASONS)[number] }, props.version);
  const leave = useMutation(trpc.member.leave.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(), onError: f.serverError }));
  if (!open) {
    return (
      <p style={{ marginTop: 16 }}>
        <button type="button" onClick={() => setOpen(true)}>
          {t("member.leave")}
        </button>
      </p>
    );
  }
  function onSubmit() {
    const parsed = f.validate(ZLeaveMemberInput, { id: props.id, version: f.version ?? props.version, ...f.values });
    if (parsed) leave.mutate(parsed);
  }
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t("member.leave")}</h2>
      <p className="muted">{t("member.leaveHint")}</p>
      {/* The leaving's own fields are not stored yet: a conflict has only the version to move on. */}
      <FormShell form={f} onSubmit={onSubmit} busy={leave.isPending} submitLabel={t("member.leaveConfirm")} onCancel={() => setOpen(false)} conflict={[]} testId="leave-form">
        <div className="filters" style={{ marginBottom: 0 }}>
          <TextField label={t("member.leftOn")} type="date" value={f.values.leftOn} onChange={(x) => f.set("leftOn", x)} error={f.errors.leftOn} />
          <SelectField label={t("member.leaveReason")} value={f.values.reason} options={LEAVE_REASONS} labelKey={(r) => `membership.end.${r}`} onChange={(x) => f.set("reason", x || "AGED_OUT")} error={f.errors.reason} />
        </div>
      </FormShell>
    </section>
  );
}
