import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import type { TPeriod } from "@/features/indicators/period";
import { ratio, type TRatio } from "@/features/indicators/ratio";
import type { TIndicatorRules } from "../rules";
import type { TPlainMessageKey } from "@/lib/i18n";

export type Tx = Db | Prisma.TransactionClient;
export type Num = bigint | number | null;
export const n = (v: Num | undefined) => Number(v ?? 0);

/** A statistic a figure needs and that nobody entered for its region and year. */
export type TMissing = { stat: "newPartyMembersUnder28" | "workFundsYuan" | "registration"; regionName: string; year: number };

export type TIndicatorValue = TRatio & {
  code: string;
  /** Parts that make up a count or a profile (S1 by staffing type, M1 by category, S6 shares). */
  parts?: Record<string, number>;
  /** Why there is no value: the statistic that was not entered (the value is then null). */
  missing?: TMissing;
};

/** What a family's GROUP BY queries see: the counties, the period, the rules and the viewer's part of the county. */
export type TComputeContext = {
  db: Tx;
  ids: Prisma.Sql;
  period: TPeriod;
  rule: TIndicatorRules;
  /** `AND r.path LIKE …` when the figures cover only part of a county (a township cadre's township). */
  scope: Prisma.Sql;
  /** The same limit for rows that hang off an organisation column. */
  orgsInScope: (col: Prisma.Sql) => Prisma.Sql;
  /** The region whose entered statistics are the denominators: the county, or the scope region. */
  statRegionOf: (cid: string) => { id: string; name: string };
  statRegions: string[];
};

/** The values a family computed, for one county. */
export type TFamilyValues = (cid: string) => TIndicatorValue[];

/** What a drill query sees: one county, the viewer's scope, which part of the number, one page. */
export type TDrillContext = {
  rule: TIndicatorRules;
  period: TPeriod;
  cid: string;
  /** `r.path LIKE …`: the viewer's scope. */
  scope: Prisma.Sql;
  /** The records the numerator counts, or (for the gap) those of the denominator it leaves out. */
  inNum: boolean;
  pick: (cond: Prisma.Sql) => Prisma.Sql;
  page: Prisma.Sql;
  /** Members where their dated membership counts them (o its organisation, r its region). */
  memberOf: Prisma.Sql;
  memberLink: Prisma.Sql;
  memberFacts: (extra: Prisma.Sql) => Prisma.Sql;
};

/** A drill answer: the query of the rows (each with id, link, name, place, facts, total), or a note why there is no list. */
export type TDrill = Prisma.Sql | { note: TPlainMessageKey } | null;

/**
 * One family of indicators, declared together: the queries that compute numerators, denominators
 * and parts for many counties at once, and for each indicator the query of the records behind its
 * numerator or its gap, both over the same rules (rules.ts), so a list always holds exactly the
 * records its number counts.
 */
export type TFamily = {
  codes: readonly string[];
  compute: (c: TComputeContext) => Promise<TFamilyValues>;
  drill: Record<string, (d: TDrillContext) => TDrill>;
};

export const byCounty = <T extends { cid: string }>(rows: T[]) => new Map(rows.map((r) => [r.cid, r]));
/** A ratio from a GROUP BY row with num and den. */
export const fromRow = (row: { den: Num; num: Num } | undefined): TRatio => ratio(n(row?.num), n(row?.den));
/** A count: the value is its own numerator. */
export const count = (code: string, value: number, parts?: Record<string, number>): TIndicatorValue => ({ code, numerator: value, denominator: 1, value, parts });
