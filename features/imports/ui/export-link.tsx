"use client";

import { useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n-provider";
import type { TRoster } from "@/features/imports/rosters";

/** Downloads the list, or opens it on A4, as it is filtered and sorted on screen (all pages). */
export function ExportLinks({ roster, countyCode }: { roster: TRoster; countyCode: string }) {
  const t = useT();
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete("page");
  const print = params.toString();
  params.set("countyCode", countyCode);
  return (
    <>
      <a className="button" href={`/api/export/${roster}?${params.toString()}`} download>
        {t("members.export")}
      </a>
      <a className="button" href={`/county/${countyCode}/print/${roster}${print && `?${print}`}`}>
        {t("list.print")}
      </a>
    </>
  );
}
