"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** List filters kept in the URL, so a view can be shared and survives a reload. */
export function useUrlFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const set = (updates: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(updates)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("page" in updates)) next.delete("page");
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  const page = Math.max(1, Number(params.get("page")) || 1);
  return { params, set, page };
}

/** A search box that updates the URL a moment after the user stops typing. */
export function useDebouncedSearch(filters: ReturnType<typeof useUrlFilters>, key = "q") {
  const [q, setQ] = useState(filters.params.get(key) ?? "");
  useEffect(() => {
    if (q.trim() === (filters.params.get(key) ?? "")) return;
    const id = setTimeout(() => filters.set({ [key]: q.trim() || undefined }), 300);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  return [q, setQ] as const;
}

export const pick = <T extends readonly string[]>(values: T, v: string | null): T[number] | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T[number]) : undefined;
