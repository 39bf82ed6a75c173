import { z } from "zod";

/**
 * The sort part of a list's input, shared by the list pages, their procedures and the exports:
 * one of the list's sortable columns and a direction. Without a column the list keeps its own
 * order (each list names it on the server).
 */
export const SORT_DIRS = ["asc", "desc"] as const;
export type TSortDir = (typeof SORT_DIRS)[number];

export const sortOf = <K extends readonly [string, ...string[]]>(keys: K) => ({
  sort: z.enum(keys).optional(),
  dir: z.enum(SORT_DIRS).default("asc"),
});

/** A page of a list as every list procedure returns it. */
export type TListPage<T> = { items: T[]; page: number; pages: number; total: number; pageSize: number };
