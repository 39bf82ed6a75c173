"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { TPickOption } from "@/lib/schemas/pick";
import type { PLACE_LEVELS } from "@/features/regions/schema";
import { useTRPC } from "@/lib/trpc/client";
import { useT } from "@/components/i18n-provider";
import type { TPickerSource } from "@/components/ui/picker";

export type TPlaceOption = TPickOption & { level: string; parentId: string | null; township: string | null; hasOrg: boolean };

/**
 * The places of a county (of the given levels) a form may choose, a page at a time; each shows
 * its township, and, with `markUncovered`, whether a village or community has no organisation yet.
 */
export function usePlaceSource(countyCode: string, levels?: (typeof PLACE_LEVELS)[number][], markUncovered = false): TPickerSource<TPlaceOption> {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const levelKey = levels?.join(",") ?? "";
  return useMemo(() => {
    const only = levelKey ? (levelKey.split(",") as (typeof PLACE_LEVELS)[number][]) : undefined;
    return {
      key: ["region.pickPlaces", countyCode, levelKey, markUncovered],
      load: async (q: string, page: number) => {
        const found = await queryClient.fetchQuery(trpc.region.pickPlaces.queryOptions({ countyCode, q, page, levels: only }));
        const uncovered = (p: TPlaceOption) => markUncovered && !p.hasOrg && (p.level === "VILLAGE" || p.level === "COMMUNITY");
        return {
          more: found.more,
          items: found.items.map((p) => ({ ...p, hint: `${p.township ?? ""}${uncovered(p) ? t("org.regionNoOrg") : ""}`.trim() || undefined })),
        };
      },
    };
  }, [t, trpc, queryClient, countyCode, levelKey, markUncovered]);
}
