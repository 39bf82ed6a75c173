"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { errorText } from "@/lib/i18n";
import { useTRPC } from "@/lib/trpc/client";
import { RatioCard } from "@/features/indicators/ui/ratio-card";
import { useT } from "@/components/i18n-provider";
import { Decision } from "@/components/ui/decision";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { YearSelect, useYear } from "@/components/ui/year-select";

/** Draws the pipeline's stages as bars; knows nothing of fetching. */
export function FunnelChart({ data, title }: { data: { stage: string; count: number }[]; title: string }) {
  return (
    <figure className="chart" aria-label={title} style={{ margin: 0, height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="stage" width={110} fontSize={12} />
          <Bar dataKey="count" fill="#c8102e" isAnimationActive={false}>
            <LabelList dataKey="count" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function PipelineBoard({ countyCode, canDecide }: { countyCode: string; canDecide: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const { year } = useYear();
  const q = useQuery(trpc.pipeline.board.queryOptions({ countyCode, year }));
  return (
    <>
      <div className="spread">
        <h1>{t("pipeline.title", { name: q.data?.county.name ?? "" })}</h1>
        <YearSelect id="p-year" />
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <>
          <div className="cards">
            {q.data.p1 ? (
              <RatioCard code="P1" name={t("pipeline.p1")} definition={t("pipeline.p1Definition")} {...q.data.p1} numeratorLabel={t("pipeline.p1Numerator")} denominatorLabel={t("pipeline.p1Denominator")} />
            ) : (
              <section className="card">
                <div className="muted">P1 · {t("pipeline.p1")}</div>
                <p>
                  {t("pipeline.p1Missing", { year, count: q.data.p1Numerator })} <Link href={`/county/${countyCode}/statistics`}>{t("nav.statistics")}</Link>
                </p>
              </section>
            )}
          </div>
          <h2>{t("pipeline.funnel")}</h2>
          <div className="card" data-testid="funnel">
            <FunnelChart
              title={t("pipeline.funnel")}
              data={[
                { stage: t("pipeline.applied"), count: q.data.funnel.applied },
                { stage: t("pipeline.recommended"), count: q.data.funnel.recommended },
                { stage: t("pipeline.activists"), count: q.data.funnel.activists },
                { stage: t("pipeline.targets"), count: q.data.funnel.targets },
                { stage: t("pipeline.admitted"), count: q.data.funnel.admitted },
              ]}
            />
            <p className="muted" data-testid="funnel-figures">
              {[q.data.funnel.applied, q.data.funnel.recommended, q.data.funnel.activists, q.data.funnel.targets, q.data.funnel.admitted].join(" → ")}
            </p>
          </div>
          <h2>{t("pipeline.pending")}</h2>
          {q.data.pending.length === 0 ? (
            <Empty>{t("pipeline.pendingNone")}</Empty>
          ) : (
            <ul className="card" style={{ paddingLeft: 32 }}>
              {q.data.pending.map((p) => (
                <li key={p.id} style={{ marginBottom: 8 }}>
                  <RecordLink href={`/members/${p.id}`}>{p.name}</RecordLink> <span className="muted">{p.developmentNumber} · {p.organisation.name} · {p.recommendedOn}</span>
                  {canDecide && <DecideRecommendation memberId={p.id} />}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function DecideRecommendation({ memberId }: { memberId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation(
    trpc.pipeline.decide.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => setError(errorText(t, e, e.data?.fieldErrors?.comment ? "comment" : undefined)),
    }),
  );
  return (
    <Decision
      approveLabel={t("pipeline.approve")}
      rejectLabel={t("pipeline.reject")}
      commentLabel={t("pipeline.comment")}
      pending={decide.isPending}
      error={error}
      decide={(approve, comment) => decide.mutate({ memberId, approve, comment })}
    />
  );
}
