"use client";

import { createContext, useContext, type ReactNode } from "react";
import { yearInBeijing } from "@/lib/time";

const DefaultYearContext = createContext<number | null>(null);

/** The year the pages below open on when the URL names none: the latest with data (see features/indicators/server/periods.ts). */
export function DefaultYear({ year, children }: { year: number; children: ReactNode }) {
  return <DefaultYearContext.Provider value={year}>{children}</DefaultYearContext.Provider>;
}

export function useDefaultYear(): number {
  return useContext(DefaultYearContext) ?? yearInBeijing() - 1;
}
