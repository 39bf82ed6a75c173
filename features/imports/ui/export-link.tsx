"use client";

import { useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n-provider";
import { listAddresses, type TListPlace } from "@/features/imports/rosters";

/** Downloads the list, or opens it on A4, as it is filtered and sorted on screen (all pages). */
export function ExportLinks(place: TListPlace) {
  const t = useT();
  const addresses = listAddresses(place);
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete("page");
  params.delete("countyCode");
  const print = params.toString();
  if (place.countyCode !== undefined) params.set("countyCode", place.countyCode);
  const query = params.toString();
  return (
    <>
      <a className="button" href={`${addresses.export}${query && `?${query}`}`} download>
        {t("members.export")}
      </a>
      <a className="button" href={`${addresses.print}${print && `?${print}`}`}>
        {t("list.print")}
      </a>
    </>
  );
}
