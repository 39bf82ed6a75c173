"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useT } from "@/components/i18n-provider";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { ErrorState } from "@/components/ui/states";
import { EditCard, RecordHead } from "@/components/ui/record-head";
import { CadreForm } from "./cadre-form";
import { educationKey, postKey, sourceKey, staffingKey } from "@/features/people/ui/labels";
import { PersonFacts, personForm } from "@/features/people/ui/personal-fields";
import { todayInBeijing } from "@/lib/time";

type TData = inferRouterOutputs<AppRouter>["cadre"]["get"];

export function CadreDetail(props: { id: string; countyCode: string; initial: TData; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);
  const q = useQuery({ ...trpc.cadre.get.queryOptions({ id: props.id }), initialData: props.initial });
  const end = useMutation(
    trpc.cadre.endPosition.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => setEndError(errorText(t, e, e.data?.fieldErrors?.endedOn ? "endedOn" : undefined)),
    }),
  );
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const { cadre: c, history } = q.data;
  const today = todayInBeijing();
  const person = personForm(c);
  return (
    <>
      <RecordHead back={{ href: `/county/${props.countyCode}/cadres`, label: t("nav.cadres") }} title={c.name} saved={saved} />
      {props.canEdit ? (
        <EditCard title={t("cadres.edit")}>
          <CadreForm
            key={c.id}
            {...person.props}
            countyCode={props.countyCode}
            initial={{
              ...person.person,
              education: c.education,
              staffingType: c.staffingType,
              source: c.source,
              inVillageCommittees: c.inVillageCommittees,
              organisationId: "",
              post: "SECRETARY",
              startedOn: today,
            }}
            onSaved={() => setSaved(true)}
          />
        </EditCard>
      ) : (
        <PersonFacts person={c} testId="cadre">
          <dt>{t("cadre.education")}</dt>
          <dd>{t(educationKey(c.education))}</dd>
          <dt>{t("cadre.staffingType")}</dt>
          <dd>{t(staffingKey(c.staffingType))}</dd>
          <dt>{t("cadre.source")}</dt>
          <dd>{t(sourceKey(c.source))}</dd>
          <dt>{t("cadre.inVillageCommittees")}</dt>
          <dd>{c.inVillageCommittees ? t("common.yes") : t("common.no")}</dd>
        </PersonFacts>
      )}
      <h2>{t("cadres.positions")}</h2>
      {c.positions.length === 0 ? (
        <p className="muted">{t("cadres.positionsNone")}</p>
      ) : (
        <ul className="card" style={{ paddingLeft: 32 }}>
          {c.positions.map((p) => (
            <li key={p.id} style={{ marginBottom: 6 }}>
              {p.organisation.name} · {t(postKey(p.post))} · {p.startedOn}–{p.endedOn ?? t("cadres.current")}{" "}
              {props.canEdit && !p.endedOn && (
                <button type="button" disabled={end.isPending} onClick={() => end.mutate({ positionId: p.id, endedOn: today })}>
                  {t("cadres.endPosition")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {endError && (
        <p role="alert" className="alert">
          {endError}
        </p>
      )}
      <RecordHistory history={history} />
    </>
  );
}
