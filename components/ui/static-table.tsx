import type { ReactNode } from "react";

/**
 * A short table shown whole (no paging or sorting: a record's history, an import's problems): the
 * first column names the row, and on a phone each row becomes a card under it with the other
 * cells labelled by their headers.
 */
export function StaticTable<R>(props: {
  head: string[];
  rows: R[];
  rowKey: (row: R, index: number) => string | number;
  cells: (row: R) => ReactNode[];
  testId?: string;
  /** A name for the table read out by screen readers, where no heading names it. */
  caption?: string;
  rowTestId?: (row: R) => string;
}) {
  return (
    <table className="list responsive" data-testid={props.testId}>
      {props.caption && <caption className="sr-only">{props.caption}</caption>}
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={props.rowKey(r, i)} data-testid={props.rowTestId?.(r)}>
            {props.cells(r).map((cell, k) => (
              <td key={k} className={k === 0 ? "key" : undefined} data-label={k === 0 ? undefined : props.head[k]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
