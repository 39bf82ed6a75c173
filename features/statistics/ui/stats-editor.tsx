"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { STAT_FIELDS, ZStatInput } from "@/features/statistics/schema";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useT } from "@/components/i18n-provider";
import { asFormValue } from "@/components/ui/conflict";
import { TextField, useSchemaForm } from "@/components/ui/form";
import { FormShell } from "@/components/ui/form-shell";
import { Picker } from "@/components/ui/picker";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { beijingDateTime, yearInBeijing } from "@/lib/time";

type TData = inferRouterOutputs<AppRouter>["stat"]["list"];
type TFigure = (typeof STAT_FIELDS)[number];
type TValues = { regionId: string; year: string } & Record<TFigure, string>;
/** A region's and year's figures as the form holds them, and the version they were read from (null: none stored). */
type TLoaded = { values: TValues; version: number | null };
type TStoredRow = { regionId: string; year: number; version: number } & Record<TFigure, number | null>;

/** A year the user has finished typing; until then the form stays on the figures it shows. */
const complete = (year: string) => /^\d{4}$/.test(year);

/** Figures as the form holds them: text, "" for none. */
const figuresOf = (row: Partial<Record<TFigure, unknown>> | undefined) => Object.fromEntries(STAT_FIELDS.map((f) => [f, asFormValue(row?.[f], "")])) as Record<TFigure, string>;

/** The form's values for a region and year: what is stored, with its version, or empty fields. */
function storedValues(rows: readonly TStoredRow[], regionId: string, year: string): TLoaded {
  const row = complete(year) ? rows.find((r) => r.regionId === regionId && String(r.year) === year) : undefined;
  return { values: { regionId, year, ...figuresOf(row) }, version: row?.version ?? null };
}

export function StatsEditor({ countyCode, canEdit }: { countyCode: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.stat.list.queryOptions({ countyCode }));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} retry={() => void q.refetch()} />;
  return <Statistics data={q.data} canEdit={canEdit} />;
}

function Statistics({ data, canEdit }: { data: TData; canEdit: boolean }) {
  const t = useT();
  const form = useStatForm(data);
  return (
    <>
      <h1>{t("stats.title", { name: data.county.name })}</h1>
      <p className="muted">{t("stats.intro")}</p>
      {data.rows.length === 0 ? (
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
            {data.rows.map((r) => (
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
                    <button type="button" onClick={() => form.choose({ regionId: r.regionId, year: String(r.year) })}>
                      {t("stats.edit")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <StatForm form={form} regions={data.regions} />}
    </>
  );
}

/**
 * The form's state, bound to the region and year it shows: choosing another one loads what is
 * stored there, and the version sent with a save is always that of the figures on screen. Figures
 * typed but not saved stay with the region and year they were typed for unless the user agrees
 * to drop them.
 */
function useStatForm(data: TData) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [initial] = useState(() => storedValues(data.rows, data.regions[0]?.id ?? "", String(yearInBeijing() - 1)));
  const f = useSchemaForm<TValues>(initial.values, initial.version);
  /** The values as loaded for the region and year on screen, to tell the user's typing from them. */
  const [loaded, setLoaded] = useState<TValues>(initial.values);
  const [saved, setSaved] = useState(false);
  const [rows, setRows] = useState(data.rows);
  const dirty = STAT_FIELDS.some((k) => f.values[k] !== loaded[k]);

  const load = (next: TLoaded) => {
    f.load(next.values, next.version);
    setLoaded(next.values);
  };

  // Figures saved meanwhile, here or by someone else, replace untouched ones on screen.
  if (rows !== data.rows) {
    setRows(data.rows);
    if (!dirty) load(storedValues(data.rows, loaded.regionId, loaded.year));
  }

  const save = useMutation(
    trpc.stat.save.mutationOptions({
      onSuccess: async (row) => {
        load(storedValues([row], row.regionId, String(row.year)));
        setSaved(true);
        await queryClient.invalidateQueries();
      },
      onError: f.serverError,
    }),
  );

  function choose(next: { regionId?: string; year?: string }) {
    if (save.isPending) return;
    const target = { regionId: next.regionId ?? f.values.regionId, year: next.year ?? f.values.year };
    if (target.regionId === loaded.regionId && target.year === loaded.year) {
      f.setValues((v) => ({ ...v, ...target }));
      return;
    }
    // While a changed year is still being typed, the typed figures keep their own year.
    if (dirty && target.regionId === loaded.regionId && !complete(target.year)) {
      f.set("year", target.year);
      return;
    }
    const region = data.regions.find((r) => r.id === loaded.regionId)?.name ?? "";
    if (dirty && !window.confirm(t("stats.discard", { region, year: loaded.year }))) {
      f.setValues((v) => ({ ...v, regionId: loaded.regionId, year: loaded.year }));
      return;
    }
    load(storedValues(data.rows, target.regionId, target.year));
    setSaved(false);
  }

  /** After a conflict, the figures stored now are what the user's typing is told from, whatever they pick. */
  const resolveConflict = (picked: Partial<TValues>) => {
    const stored = f.current;
    if (stored) setLoaded((l) => ({ ...l, ...figuresOf(stored) }));
    f.resolveConflict(picked);
  };

  return { f: { ...f, resolveConflict }, save, saved: saved && !dirty, choose };
}

function StatForm({ form, regions }: { form: ReturnType<typeof useStatForm>; regions: TData["regions"] }) {
  const t = useT();
  const { f, save, saved, choose } = form;
  const v = f.values;
  function onSubmit() {
    const parsed = f.validate(ZStatInput, { ...v, version: f.version }, [...STAT_FIELDS, "year"]);
    if (parsed) save.mutate(parsed);
  }
  return (
    <div style={{ marginTop: 16 }}>
      <FormShell
        form={f}
        onSubmit={onSubmit}
        busy={save.isPending}
        notice={saved ? t("stats.saved") : null}
        conflict={STAT_FIELDS.map((k) => ({ key: k, label: t(`stats.${k}`) }))}
        className="stack card"
        testId="stats-form"
      >
        <div className="filters" style={{ marginBottom: 0 }}>
          <Picker label={t("stats.region")} value={v.regionId} source={{ local: regions.map((r) => ({ value: r.id, label: r.name })) }} onChange={(x) => choose({ regionId: x })} error={f.errors.regionId} />
          <TextField label={t("stats.year")} inputMode="numeric" value={v.year} onChange={(x) => choose({ year: x })} error={f.errors.year} maxLength={4} />
        </div>
        <div className="filters" style={{ marginBottom: 0 }}>
          {STAT_FIELDS.map((field) => (
            <TextField key={field} label={t(`stats.${field}`)} inputMode="numeric" value={v[field]} onChange={(x) => f.set(field, x)} error={f.errors[field]} />
          ))}
        </div>
      </FormShell>
    </div>
  );
}
