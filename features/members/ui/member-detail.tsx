"use client";

import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { PIPELINE_STEPS } from "@/features/members/schema";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useT } from "@/components/i18n-provider";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { ErrorState } from "@/components/ui/states";
import { EditCard, RecordHead } from "@/components/ui/record-head";
import { categoryKey } from "@/features/people/ui/labels";
import { PersonFacts, personForm } from "@/features/people/ui/personal-fields";
import { MemberForm } from "./member-form";
import { TransferRequest } from "@/features/transfers/ui/transfer-request";
import { LeaveMember, Memberships, Registrations } from "./member-records";

type TData = inferRouterOutputs<AppRouter>["member"]["get"];

export function MemberDetail(props: { id: string; initial: TData; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const [saved, setSaved] = useState(false);
  const q = useQuery({ ...trpc.member.get.queryOptions({ id: props.id }), initialData: props.initial });
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const { member: m, history } = q.data;
  const countyCode = m.county.code;
  const person = personForm(m);
  return (
    <>
      <RecordHead
        back={{ href: `/county/${countyCode}/members`, label: t("nav.members") }}
        title={
          <>
            {m.name} <span className="muted">{m.developmentNumber}</span>
          </>
        }
        saved={saved}
      />
      {props.canEdit ? (
        <EditCard title={t("members.edit")}>
          <MemberForm
            key={m.id}
            {...person.props}
            orgLabel={m.organisation.name}
            countyCode={countyCode}
            initial={{
              ...person.person,
              developmentNumber: m.developmentNumber,
              joinedOn: m.joinedOn,
              category: m.category,
              organisationId: m.organisationId,
              archiveCertifiedOn: m.archiveCertifiedOn ?? "",
              holdsPost: m.holdsPost,
              partyAppliedOn: m.partyAppliedOn ?? "",
              recommendedOn: m.recommendedOn ?? "",
              activistOn: m.activistOn ?? "",
              developmentTargetOn: m.developmentTargetOn ?? "",
              admittedOn: m.admittedOn ?? "",
            }}
            onSaved={() => setSaved(true)}
          />
        </EditCard>
      ) : (
        <PersonFacts person={m}>
          <dt>{t("member.category")}</dt>
          <dd>{t(categoryKey(m.category))}</dd>
          <dt>{t("member.organisation")}</dt>
          <dd>{m.organisation.name}</dd>
          <dt>{t("member.joinedOn")}</dt>
          <dd>{m.joinedOn}</dd>
          <dt>{t("member.archiveCertifiedOn")}</dt>
          <dd>{m.archiveCertifiedOn ?? t("member.archiveNotCertified")}</dd>
          {PIPELINE_STEPS.map((s) => (
            <div key={s} style={{ display: "contents" }}>
              <dt>{t(`member.${s}`)}</dt>
              <dd>{m[s] ?? "—"}</dd>
            </div>
          ))}
        </PersonFacts>
      )}
      {m.status !== "ACTIVE" && (
        <p role="status" className="notice" data-testid="member-left">
          {t("member.leftOnReason", { day: m.leftOn ?? "", reason: m.leftReason ? t(`membership.end.${m.leftReason}`) : "" })}
        </p>
      )}
      <Memberships rows={q.data.memberships} />
      <Registrations memberId={m.id} joinedOn={m.joinedOn} rows={q.data.registrations} canEdit={props.canEdit && m.status === "ACTIVE"} />
      {props.canEdit && m.status === "ACTIVE" && <TransferRequest memberId={m.id} isStudent={m.category !== "SOCIAL"} />}
      {props.canEdit && m.status === "ACTIVE" && <LeaveMember id={m.id} version={m.version} joinedOn={m.joinedOn} />}
      <RecordHistory history={history} />
    </>
  );
}
