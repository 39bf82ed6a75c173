"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { STAT_FIELDS, ZStatInput } from "@/lib/schemas/stat";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "../i18n-provider";
import { FormAlert, SelectField, TextField, useSchemaForm } from "../ui/form";
import { Empty, ErrorState, Loading } from "../ui/states";
import { beijingDateTime, yearInBeijing } from "@/lib/time";

type TValues = { regionId: string; year: string; version: number | null } & Record<(typeof STAT_FIELDS)[number], string>;

export function StatsEditor({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const q = useQuery(trpc.stat.list.queryOptions({ countyCode }));
  const [editing, setEditing] = useState<TValues | null>(null);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  const blank: TValues = { regionId: q.data.regions[0]?.id ?? "", year: String(yearInBeijing() - 1), version: null, residentYouth: "", residents6to35: "", workFundsYuan: "", newPartyMembersUnder28: "" };
  return (
    <>
      <h1>{t("stats.title", { name: q.data.county.name })}</h1>
      <p className="muted">{t("stats.intro")}</p>
      {q.data.rows.length === 0 ? (
        <Empty>{t("stats.empty")}</Empty>
      ) : (
        <table className="list responsive" data-testid="stats-table">
          <thead>
            <tr>
              <th scope="col">{t("stats.year")}</th>
              <th scope="col">{t("stats.region")}</th>
              {STAT_FIELDS.map((f) => (
                <th key={f} scope="col">
                  {t(`stats.${f}`)}
                </th>
              ))}
              <th scope="col">{t("stats.lastChange")}</th>
            </tr>
          </thead>
          <tbody>
            {q.data.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.year}</td>
                <td data-label={t("stats.region")}>{r.region.name}</td>
                {STAT_FIELDS.map((f) => (
                  <td key={f} data-label={t(`stats.${f}`)}>
                    {r[f]?.toLocaleString() ?? "—"}
                  </td>
                ))}
                <td data-label={t("stats.lastChange")}>
                  {r.lastChange ? `${r.lastChange.who} · ${t("time.beijing", { at: beijingDateTime(r.lastChange.at) })}` : "—"}{" "}
                  {canEdit && (
                    <button
                      type="button"
                      onClick={() =>
                        setEditing({
                          regionId: r.regionId,
                          year: String(r.year),
                          version: r.version,
                          ...Object.fromEntries(STAT_FIELDS.map((f) => [f, r[f] === null ? "" : String(r[f])])),
                        } as TValues)
                      }
                    >
                      {t("stats.edit")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <StatForm key={JSON.stringify(editing)} regions={q.data.regions} initial={editing ?? blank} onSaved={() => setEditing(null)} />}
    </>
  );
}

function StatForm(props: { regions: { id: string; name: string }[]; initial: TValues; onSaved: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useSchemaForm(props.initial);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.stat.save.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries();
        props.onSaved();
      },
      onError: f.serverError,
    }),
  );
  const v = f.values;
  return (
    <form
      className="stack card"
      style={{ marginTop: 16 }}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = f.validate(ZStatInput, v);
        if (parsed) save.mutate(parsed);
      }}
    >
      <div className="filters" style={{ marginBottom: 0 }}>
        <SelectField label={t("stats.region")} value={v.regionId} options={props.regions.map((r) => ({ value: r.id, label: r.name }))} onChange={(x) => f.set("regionId", x)} error={f.errors.regionId} />
        <TextField label={t("stats.year")} inputMode="numeric" value={v.year} onChange={(x) => f.set("year", x)} error={f.errors.year} maxLength={4} />
      </div>
      <div className="filters" style={{ marginBottom: 0 }}>
        {STAT_FIELDS.map((field) => (
          <TextField key={field} label={t(`stats.${field}`)} inputMode="numeric" value={v[field]} onChange={(x) => f.set(field, x)} error={f.errors[field]} />
        ))}
      </div>
      <FormAlert message={f.errors.form} />
      {saved && !f.errors.form && (
        <p role="status" className="notice">
          {t("stats.saved")}
        </p>
      )}
      <div>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
      </div>
    </form>
  );
}
