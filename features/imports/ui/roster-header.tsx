"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import { listAddresses, type TListPlace } from "@/features/imports/rosters";
import { ExportLinks } from "./export-link";

/**
 * A list's title and actions: export and print for everyone who sees it, and on a county's
 * roster import and add for editors.
 */
export function RosterHeader(props: TListPlace & { title: string; canEdit?: boolean; newLabel?: string; children?: ReactNode }) {
  const t = useT();
  const { title, canEdit, newLabel, children, ...place } = props;
  const base = listAddresses(place).list;
  const editor = canEdit && place.countyCode !== undefined;
  return (
    <div className="spread">
      <h1>{title}</h1>
      <div className="row">
        <ExportLinks {...place} />
        {editor && (
          <Link className="button" href={`${base}/import`}>
            {t("members.import")}
          </Link>
        )}
        {editor && newLabel && (
          <Link className="button primary" href={`${base}/new`}>
            {newLabel}
          </Link>
        )}
        {children}
      </div>
    </div>
  );
}
