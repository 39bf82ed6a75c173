"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { TPickOption } from "@/lib/schemas/pick";
import { useTRPC } from "@/lib/trpc/client";
import type { TPickerSource } from "@/components/ui/picker";

/**
 * The organisations of a county a form may choose, a page at a time from the server: `pick` for
 * where people and units belong, `pickParents` for a parent organisation.
 */
export function useOrgSource(countyCode: string, which: "pick" | "pickParents" = "pick"): TPickerSource<TPickOption> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const procedure = which === "pick" ? trpc.org.pick : trpc.org.pickParents;
    return {
      key: [`org.${which}`, countyCode],
      load: async (q: string, page: number) => {
        const found = await queryClient.fetchQuery(procedure.queryOptions({ countyCode, q, page }));
        // The place tells apart branches of the same name; a township committee already names it.
        return { more: found.more, items: found.items.map((o) => ({ value: o.value, label: o.label, hint: o.label.includes(o.place) ? undefined : o.place })) };
      },
    };
  }, [trpc, queryClient, countyCode, which]);
}
