"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import type { TRoster } from "@/features/imports/rosters";
import { ExportLinks } from "./export-link";

/** A roster's title and actions: export and print for everyone, import and add for editors. */
export function RosterHeader(props: { title: string; roster: TRoster; countyCode: string; canEdit: boolean; newLabel: string; children?: ReactNode }) {
  const t = useT();
  const base = `/county/${props.countyCode}/${props.roster}`;
  return (
    <div className="spread">
      <h1>{props.title}</h1>
      <div className="row">
        <ExportLinks roster={props.roster} countyCode={props.countyCode} />
        {props.canEdit && (
          <Link className="button" href={`${base}/import`}>
            {t("members.import")}
          </Link>
        )}
        {props.canEdit && (
          <Link className="button primary" href={`${base}/new`}>
            {props.newLabel}
          </Link>
        )}
        {props.children}
      </div>
    </div>
  );
}
