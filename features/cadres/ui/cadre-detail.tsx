"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useT } from "@/components/i18n-provider";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { ErrorState } from "@/components/ui/states";
import { CadreForm } from "./cadre-form";
import { educationKey, genderKey, postKey, sourceKey, staffingKey } from "@/features/people/ui/labels";
import { todayInBeijing } from "@/lib/time";

type TData = inferRouterOutputs<AppRouter>["cadre"]["get"];

export function CadreDetail(props: { id: string; countyCode: string; initial: TData; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const params = useSearchParams();
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
  return (
    <>
      <p>
        <Link href={`/county/${props.countyCode}/cadres`}>← {t("nav.cadres")}</Link>
      </p>
      <h1>{c.name}</h1>
      {(params.get("created") || saved) && (
        <p role="status" className="notice">
          {t("orgs.saved")}
        </p>
      )}
      {props.canEdit ? (
        <section className="card">
          <h2 style={{ marginTop: 0 }}>{t("cadres.edit")}</h2>
          <CadreForm
            key={c.id}
            countyCode={props.countyCode}
            edit={{ id: c.id, version: c.version }}
            masked={c.personalMasked ? { idNumber: c.idNumber, phone: c.phone } : undefined}
            initial={{
              name: c.name,
              gender: c.gender,
              birthDate: c.birthDate,
              idNumber: c.personalMasked ? "" : (c.idNumber ?? ""),
              phone: c.personalMasked ? "" : (c.phone ?? ""),
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
        </section>
      ) : (
        <dl className="facts card">
          <dt>{t("cadre.gender")}</dt>
          <dd>{t(genderKey(c.gender))}</dd>
          <dt>{t("cadre.birthDate")}</dt>
          <dd>{c.birthDate}</dd>
          <dt>{t("cadre.idNumber")}</dt>
          <dd data-testid="cadre-id">{c.idNumber ?? "—"}</dd>
          <dt>{t("cadre.phone")}</dt>
          <dd data-testid="cadre-phone">{c.phone ?? "—"}</dd>
          <dt>{t("cadre.education")}</dt>
          <dd>{t(educationKey(c.education))}</dd>
          <dt>{t("cadre.staffingType")}</dt>
          <dd>{t(staffingKey(c.staffingType))}</dd>
          <dt>{t("cadre.source")}</dt>
          <dd>{t(sourceKey(c.source))}</dd>
          <dt>{t("cadre.inVillageCommittees")}</dt>
          <dd>{c.inVillageCommittees ? t("common.yes") : t("common.no")}</dd>
        </dl>
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
