"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { RatioCard } from "@/features/indicators/ui/ratio-card";
import { useT } from "@/components/i18n-provider";
import { StaticTable } from "@/components/ui/static-table";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { TEAM_ROLES, type TTeamKind } from "@/features/settings/standards";

/** Which township and village teams fall short of the staffing standard, and by what. */
export function StandardsView({ countyCode }: { countyCode: string }) {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.cadre.standards.queryOptions({ countyCode }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const d = q.data;
  const range = (min: number, max: number | null) => (max === null ? `≥${min}` : min === max ? String(min) : `${min}–${max}`);
  /** A standard in words, from the settings in force: "1 名书记、1–2 名副书记、7–9 名委员". */
  const standard = (kind: TTeamKind) =>
    TEAM_ROLES.filter((r) => d.standards[kind][r][0] > 0 || d.standards[kind][r][1] !== null)
      .map((r) => {
        const [min, max] = d.standards[kind][r];
        return t("standards.part", { n: max === null ? t("standards.atLeast", { n: min }) : range(min, max), role: t(`standards.role.${r}`) });
      })
      .join(t("standards.sep"));
  return (
    <>
      <h1>{t("standards.title", { name: d.county.name })}</h1>
      <div className="cards">
        <RatioCard code="S4" name={t("standards.township", { standard: standard("township") })} definition="" {...d.township} numeratorLabel={t("standards.team")} denominatorLabel={t("level.TOWNSHIP")} />
        <RatioCard code="S5" name={t("standards.village", { standard: standard("village") })} definition="" {...d.village} numeratorLabel={t("standards.team")} denominatorLabel={t("level.VILLAGE")} />
      </div>
      <h2>{t("standards.short")}</h2>
      {d.shortTeams.length === 0 ? (
        <Empty>{t("standards.none")}</Empty>
      ) : (
        <StaticTable
          testId="short-teams"
          head={[t("standards.team"), t("level.TOWNSHIP"), t("standards.missing")]}
          rows={d.shortTeams}
          rowKey={(team) => team.id}
          cells={(team) => [team.name, team.township, team.shortfalls.map((s) => t("standards.gap", { role: t(`standards.role.${s.role}`), have: s.have, range: range(s.min, s.max) })).join("；")]}
        />
      )}
    </>
  );
}
