"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { TPickOption, TPickPage } from "@/lib/schemas/pick";

/**
 * Where a picker's choices come from: a list kept on the phone, searched there (it works with no
 * signal), or the server, asked for one page of matches at a time. `key` names the server list
 * (its procedure and fixed input) for the query cache.
 */
export type TPickerSource<O extends TPickOption> =
  | { local: readonly O[] }
  | { key: readonly unknown[]; load: (q: string, page: number) => Promise<TPickPage<O>>; minChars?: number };

/** How many of a local list's matches show at once; "more" shows the next as many. */
const LOCAL_PAGE = 50;

/** Full-width digits and letters read as their plain forms, capitals as small ones. */
const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/** Substring match on the label, the second line and the extra terms (Chinese names, codes). */
export function matchesText(o: TPickOption, q: string): boolean {
  const f = fold(q.trim());
  return !f || [o.label, o.hint, o.terms].some((s) => s !== undefined && fold(s).includes(f));
}

/** The value after it has stayed put for `ms`: typing asks the server once a pause, not a keystroke. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (ms <= 0) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : settled;
}

export type TPickerResults<O> = {
  items: O[];
  more: boolean;
  loadMore: () => void;
  /** `short`: fewer characters typed than the source needs to search. */
  status: "idle" | "short" | "loading" | "error" | "ready";
  loadingMore: boolean;
  retry: () => void;
};

/** The choices for the text `q`, while the list is open. */
export function usePickerResults<O extends TPickOption>(source: TPickerSource<O>, q: string, open: boolean): TPickerResults<O> {
  const server = "key" in source ? source : null;
  const local = "local" in source ? source.local : null;
  const short = Boolean(server?.minChars && q.trim().length < server.minChars);
  const query = useInfiniteQuery({
    queryKey: ["picker", ...(server?.key ?? []), q],
    queryFn: ({ pageParam }) => server!.load(q, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last: TPickPage<O>, all) => (last.more ? all.length + 1 : undefined),
    enabled: Boolean(server) && open && !short,
    staleTime: 60_000,
  });
  // Pages shown of the matches for one text; new text starts again at the first.
  const [shown, setShown] = useState({ q, pages: 1 });
  const localPages = shown.q === q ? shown.pages : 1;
  const matches = useMemo(() => (local ? local.filter((o) => matchesText(o, q)) : []), [local, q]);

  if (local) {
    return {
      items: matches.slice(0, localPages * LOCAL_PAGE),
      more: matches.length > localPages * LOCAL_PAGE,
      loadMore: () => setShown({ q, pages: localPages + 1 }),
      status: "ready",
      loadingMore: false,
      retry: () => {},
    };
  }
  return {
    items: query.data?.pages.flatMap((p) => p.items) ?? [],
    more: Boolean(query.hasNextPage),
    loadMore: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
    status: short ? "short" : !open ? "idle" : query.isError ? "error" : query.isPending ? "loading" : "ready",
    loadingMore: query.isFetchingNextPage,
    retry: () => void query.refetch(),
  };
}
