import type { Db } from "../../db";
import { SETTING_DEFAULTS, type TSettingKey } from "@/features/settings/settings";
import { getSettings } from "@/features/settings/server/settings";
import type { TEntity, TState } from "./inputs";
import type { TCounterpart } from "./markers";

const EDITABLE = ["org", "member", "cadre", "school", "unit", "youthHome"] as const;
type TEditable = (typeof EDITABLE)[number];

/** The stored state generated mutations start from, read straight from the database. */
export function dbState(db: Db): TState {
  const table = (entity: TEntity) => {
    if (!(EDITABLE as readonly string[]).includes(entity)) return null;
    const tables: Record<TEditable, { findUnique(a: { where: { id: string } }): Promise<unknown> }> = {
      org: db.organisation,
      member: db.member,
      cadre: db.cadre,
      school: db.school,
      unit: db.unit,
      youthHome: db.youthHome,
    };
    return tables[entity as TEditable];
  };
  const record = async (entity: TEntity, id: string) => ((await table(entity)?.findUnique({ where: { id } })) ?? null) as Record<string, unknown> | null;
  return {
    record,
    async version(entity, id) {
      const r = await record(entity, id);
      return typeof r?.version === "number" ? r.version : null;
    },
    async statBasedOn(regionId, year) {
      const s = await db.regionStat.findUnique({ where: { regionId_year: { regionId, year } }, select: { updatedAt: true } });
      return s?.updatedAt.toISOString() ?? null;
    },
    async statVersion(regionId, year) {
      const s = (await db.regionStat.findUnique({ where: { regionId_year: { regionId, year } } })) as Record<string, unknown> | null;
      return typeof s?.version === "number" ? s.version : null;
    },
    async baselineYear(countyCode) {
      const county = await db.region.findUnique({ where: { code: countyCode }, select: { id: true } });
      const state = county && (await db.countyState.findUnique({ where: { countyId: county.id }, select: { baselineYear: true } }));
      return state?.baselineYear ?? null;
    },
    async setting(key) {
      const value = key in SETTING_DEFAULTS ? (await getSettings(db))[key as TSettingKey] : null;
      return typeof value === "number" ? value : null;
    },
    async threshold(code, field) {
      const row = await db.indicatorThreshold.findUnique({ where: { code } });
      const v = row?.[field as "target" | "green" | "amber"];
      return typeof v === "number" ? v : null;
    },
  };
}

/** An organisation is a transfer's other side when the transfer's one side lies in the scope. */
export function dbCounterpart(db: Db): TCounterpart {
  return async (orgId, scopePath) => {
    const inScope = { region: { path: { startsWith: scopePath } } };
    const n = await db.memberTransfer.count({ where: { OR: [{ fromOrgId: orgId, toOrg: inScope }, { toOrgId: orgId, fromOrg: inScope }] } });
    return n > 0;
  };
}
