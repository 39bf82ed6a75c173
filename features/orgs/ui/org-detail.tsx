"use client";

import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useT } from "@/components/i18n-provider";
import { ErrorState } from "@/components/ui/states";
import { domainKey, setupKey, statusKey, typeKey } from "./labels";
import { OrgForm } from "./org-form";
import { RecordHistory } from "@/features/audit/ui/record-history";
import { OrgStatusForm } from "./org-status-form";

type TData = inferRouterOutputs<AppRouter>["org"]["get"];

export function OrgDetail(props: { id: string; initial: TData; canEdit: boolean; canChangeStatus: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const params = useSearchParams();
  const [saved, setSaved] = useState(false);
  const q = useQuery({ ...trpc.org.get.queryOptions({ id: props.id }), initialData: props.initial });
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const { org, history } = q.data;
  return (
    <>
      <p>
        <Link href={`/county/${org.county.code}/orgs`}>← {t("nav.orgs")}</Link>
      </p>
      <h1>
        {org.name} <span className={`tag status-${org.status}`}>{t(statusKey(org.status))}</span>
      </h1>
      {params.get("created") && (
        <p role="status" className="notice">
          {t("orgs.created", { name: org.name })}
        </p>
      )}
      {saved && (
        <p role="status" className="notice">
          {t("orgs.saved")}
        </p>
      )}
      {props.canEdit ? (
        <section className="card">
          <h2 style={{ marginTop: 0 }}>{t("orgs.edit")}</h2>
          <OrgForm
            key={org.id}
            countyCode={org.county.code}
            edit={{ id: org.id, version: org.version }}
            labels={{ region: org.region.name, parent: org.parent?.name ?? null }}
            initial={{
              name: org.name,
              type: org.type,
              domain: org.domain,
              setupMode: org.setupMode,
              regionId: org.regionId,
              parentId: org.parentId,
              foundedOn: org.foundedOn,
              termStartedOn: org.termStartedOn,
              note: org.note,
              quota: org.quota === null ? "" : String(org.quota),
            }}
            onSaved={() => setSaved(true)}
          />
        </section>
      ) : (
        <dl className="facts card">
          <dt>{t("org.type")}</dt>
          <dd>{t(typeKey(org.type))}</dd>
          <dt>{t("org.domain")}</dt>
          <dd>{t(domainKey(org.domain))}</dd>
          <dt>{t("org.setupMode")}</dt>
          <dd>{org.setupMode ? t(setupKey(org.setupMode)) : t("common.none")}</dd>
          <dt>{t("org.region")}</dt>
          <dd>{org.region.name}</dd>
          <dt>{t("org.parent")}</dt>
          <dd>{org.parent?.name ?? t("common.none")}</dd>
          <dt>{t("org.foundedOn")}</dt>
          <dd>{org.foundedOn ?? "—"}</dd>
          {org.endedOn && (
            <>
              <dt>{t("org.endedOn")}</dt>
              <dd>{org.endedOn}</dd>
            </>
          )}
          <dt>{t("org.termStartedOn")}</dt>
          <dd>{org.termStartedOn ?? "—"}</dd>
          <dt>{t("org.quota")}</dt>
          <dd>{org.quota ?? "—"}</dd>
          <dt>{t("org.note")}</dt>
          <dd>{org.note || "—"}</dd>
        </dl>
      )}
      {props.canChangeStatus && <OrgStatusForm key={org.id} id={org.id} version={org.version} status={org.status} />}
      <RecordHistory history={history} />
    </>
  );
}
