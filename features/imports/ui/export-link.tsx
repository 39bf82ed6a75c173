"use client";

import { useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n-provider";

/** Downloads the list as it is filtered on screen. */
export function ExportLink({ roster, countyCode }: { roster: "orgs" | "cadres" | "members"; countyCode: string }) {
  const t = useT();
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete("page");
  params.set("countyCode", countyCode);
  return (
    <a className="button" href={`/api/export/${roster}?${params.toString()}`} download>
      {t("members.export")}
    </a>
  );
}
