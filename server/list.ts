import type { TSortDir } from "@/lib/list";

/**
 * A list's ORDER BY: the chosen column's order, else the list's own, always ending in the id so
 * that pages never repeat or skip a row whose sort values tie.
 */
export function orderOf<K extends string, O>(orders: Record<K, (dir: TSortDir) => O[]>, input: { sort?: K; dir: TSortDir }, own: O[]): O[] {
  return [...(input.sort ? orders[input.sort](input.dir) : own), { id: "asc" } as O];
}
