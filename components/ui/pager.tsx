"use client";

import { useT } from "../i18n-provider";

export function Pager(props: { page: number; pages: number; total: number; onPage: (page: number) => void }) {
  const t = useT();
  const label = t("common.page", { page: props.page, pages: props.pages, total: props.total });
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t("common.prev")}
      </button>
      <span role="status">{label}</span>
      <button type="button" disabled={props.page >= props.pages} onClick={() => props.onPage(props.page + 1)}>
        {t("common.next")}
      </button>
    </nav>
  );
}
