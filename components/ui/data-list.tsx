"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { TListPage, TSortDir } from "@/lib/list";
import { useT } from "../i18n-provider";
import { Pager } from "./pager";
import { Empty, ErrorState, Loading } from "./states";
import type { useUrlFilters } from "./use-url-filters";

/**
 * One column of a list. The first column is the key column: it names the row, links to it and
 * stays on top of the row's card on a phone.
 */
export type TListColumn<T> = {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The server sorts by this column (its id is one of the list's sort keys). */
  sortable?: boolean;
  testId?: string;
  className?: (row: T) => string | undefined;
};

type TFilters = ReturnType<typeof useUrlFilters>;

/** The column and direction in the URL (`sort`, `dir`), kept only when the column is sortable. */
export function useListSort<K extends string>(filters: TFilters, keys: readonly K[]) {
  const raw = filters.params.get("sort");
  const sort = keys.find((k) => k === raw);
  const dir: TSortDir = sort && filters.params.get("dir") === "desc" ? "desc" : "asc";
  return { sort, dir };
}

/**
 * A roster as every list shows it: server-side pages, sorting by the column headers (or, on a
 * phone where the headers give way to cards, by a select), loading, empty and error states, and
 * the page count. The filters above it and the URL that holds them belong to the caller.
 */
export function DataList<T extends { id: string }, E extends { message: string; data?: unknown }>(props: {
  columns: TListColumn<T>[];
  list: UseQueryResult<TListPage<T>, E>;
  filters: TFilters;
  /** The order the list was asked for (the caller read it with useListSort and sent it to the server). */
  sort: { sort?: string; dir?: TSortDir };
  empty: ReactNode;
  /** Names the table for assistive technology. */
  caption: string;
  testId?: string;
  rowTestId?: (row: T) => string;
  /** Shown above the table when there are rows (a note on masked fields, say). */
  note?: (page: TListPage<T>) => ReactNode;
}) {
  const t = useT();
  const { list, filters } = props;
  const sortable = props.columns.filter((c) => c.sortable).map((c) => c.id);
  const { sort, dir = "asc" } = props.sort;
  const sorting: SortingState = sort ? [{ id: sort, desc: dir === "desc" }] : [];
  const setSort = (id: string | undefined, d: TSortDir) => filters.set({ sort: id, dir: id && d === "desc" ? "desc" : undefined });
  const columns: ColumnDef<T>[] = props.columns.map((c) => ({
    id: c.id,
    header: c.header,
    cell: ({ row }) => c.cell(row.original),
  }));
  // The table's functions are read during this render only; nothing memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: list.data?.items ?? [],
    columns,
    state: { sorting },
    // The server sorts and pages; the table holds the state and draws the rows.
    manualSorting: true,
    manualPagination: true,
    pageCount: list.data?.pages ?? -1,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const byId = new Map(props.columns.map((c) => [c.id, c]));

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <Empty>{props.empty}</Empty>;
  return (
    <>
      {props.note?.(list.data)}
      {sortable.length > 0 && (
        <div className="list-sort">
          <label htmlFor={`${props.testId ?? "list"}-sort`}>{t("list.sortBy")}</label>
          <select
            id={`${props.testId ?? "list"}-sort`}
            value={sort ? `${sort}:${dir}` : ""}
            onChange={(e) => {
              const [id, d] = e.target.value.split(":");
              setSort(id || undefined, d === "desc" ? "desc" : "asc");
            }}
          >
            <option value="">{t("list.ownOrder")}</option>
            {props.columns
              .filter((c) => c.sortable)
              .flatMap((c) => [
                <option key={`${c.id}:asc`} value={`${c.id}:asc`}>
                  {t("list.ascending", { column: c.header })}
                </option>,
                <option key={`${c.id}:desc`} value={`${c.id}:desc`}>
                  {t("list.descending", { column: c.header })}
                </option>,
              ])}
          </select>
        </div>
      )}
      <table className="list responsive" aria-busy={list.isFetching} data-testid={props.testId}>
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                const label = flexRender(h.column.columnDef.header, h.getContext());
                // Ascending, descending, then the list's own order again.
                const toggle = () => setSort(sorted === "desc" ? undefined : h.column.id, sorted === "asc" ? "desc" : "asc");
                return (
                  <th key={h.id} scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                    {byId.get(h.column.id)?.sortable ? (
                      <button type="button" className="sort-button" onClick={toggle}>
                        {label}
                        <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}</span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid={props.rowTestId?.(row.original)}>
              {row.getVisibleCells().map((cell, k) => {
                const c = byId.get(cell.column.id)!;
                return (
                  <td
                    key={cell.id}
                    className={[k === 0 ? "key" : undefined, c.className?.(row.original)].filter(Boolean).join(" ") || undefined}
                    data-label={k === 0 ? undefined : c.header}
                    data-testid={c.testId}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={(p) => filters.set({ page: String(p) })} />
    </>
  );
}

/** A filter of a few fixed values (at most 30: longer lists use the picker). */
/** A list's search box: substring search as the user types (the caller debounces it into the URL). */
export function SearchFilter(props: { id: string; label: string; value: string; onChange: (v: string) => void; maxLength?: number; inputMode?: "numeric" | "text" }) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="search" inputMode={props.inputMode} maxLength={props.maxLength} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

export function FilterSelect(props: { id: string; label: string; value: string | undefined; options: [string, string][]; onChange: (v: string | undefined) => void }) {
  const t = useT();
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{t("common.all")}</option>
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
