import { SETTINGS, SETTING_DEFAULTS, SETTING_KEYS, checkSettingValue, type TSettingKey, type TSettings } from "@/features/settings/settings";
import { assertCan, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import { badInput } from "@/server/errors";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { yearInBeijing } from "@/lib/time";

type Tx = Db | Prisma.TransactionClient;
type TRow = { key: string; provinceCode: string | null; fromYear: number; value: unknown };

/** Where and when a value is asked for: a province (its region code) and a year, this year by default. */
export type TSettingsAt = { provinceCode?: string | null; year?: number };

/** The province of a region path ("000000/410000/410100/…"): its second code. */
export function provinceOfPath(path: string): string | null {
  return path.split("/")[1] || null;
}

/**
 * The value of each setting among the rows of one year, newest first: the province's own when it
 * has one (and the setting may differ by province), else the national one, else the default. A
 * stored value that no longer passes its setting's check is passed over, never used.
 */
function resolve(rows: TRow[], provinceCode: string | null): TSettings {
  const out: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const key of SETTING_KEYS) {
    const own = (p: string | null) => rows.find((r) => r.key === key && r.provinceCode === p && checkSettingValue(key, r.value).ok);
    const row = (provinceCode && SETTINGS[key].perProvince ? own(provinceCode) : undefined) ?? own(null);
    if (row) out[key] = row.value;
  }
  return out as TSettings;
}

async function rowsOf(db: Tx, provinceCodes: (string | null)[], year: number): Promise<TRow[]> {
  const codes = provinceCodes.filter((c): c is string => !!c);
  return db.settingValue.findMany({
    where: { fromYear: { lte: year }, OR: [{ provinceCode: null }, ...(codes.length ? [{ provinceCode: { in: codes } }] : [])] },
    orderBy: [{ fromYear: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { key: true, provinceCode: true, fromYear: true, value: true },
  });
}

/** The settings in force for a province in a year (national ones when no province is named). */
export async function getSettings(db: Tx, at: TSettingsAt = {}): Promise<TSettings> {
  const province = at.provinceCode ?? null;
  return resolve(await rowsOf(db, [province], at.year ?? yearInBeijing()), province);
}

/** The settings in force in a year for each of several provinces, read at once. */
export async function settingsOfProvinces(db: Tx, provinceCodes: (string | null)[], year: number): Promise<Map<string | null, TSettings>> {
  const rows = await rowsOf(db, provinceCodes, year);
  return new Map([...new Set(provinceCodes)].map((p) => [p, resolve(rows, p)]));
}

export type TSaveSetting = { key: TSettingKey; value: unknown; provinceCode?: string | null; fromYear?: number };

/**
 * Administrators set a value from a year on, for the country or one province. Nothing is
 * overwritten: the new value is a new row, and the change is audited with the value it replaces.
 */
export async function saveSetting(db: Db, actor: TActor, input: TSaveSetting) {
  assertCan(actor, "editSettings");
  const spec = SETTINGS[input.key];
  const provinceCode = input.provinceCode ?? null;
  const fromYear = input.fromYear ?? yearInBeijing();
  if (provinceCode && !spec.perProvince) throw badInput("provinceCode", "settings.nationalOnly");
  const checked = checkSettingValue(input.key, input.value);
  if (!checked.ok) throw badInput("value", checked.message);
  const value = checked.value as Prisma.InputJsonValue;
  if (provinceCode) {
    const province = await db.region.findFirst({ where: { code: provinceCode, level: "PROVINCE", path: { startsWith: actor.scopePath } }, select: { id: true } });
    if (!province) throw badInput("provinceCode", "v.regionOutside");
  }
  return db.$transaction(async (tx) => {
    const before = (await getSettings(tx, { provinceCode, year: fromYear }))[input.key];
    const row = await tx.settingValue.create({
      data: { key: input.key, provinceCode, fromYear, value, createdBy: actor.id },
    });
    await writeAudit(tx, actor, {
      action: "update",
      entity: "Setting",
      entityId: input.key,
      countyId: null,
      before: { value: before as Prisma.InputJsonValue, provinceCode, fromYear },
      after: { value, provinceCode, fromYear, row: row.id },
    });
    return getSettings(tx, { provinceCode, year: fromYear });
  });
}

/** Every value a setting has had, newest first, with who saved it. */
export async function settingHistory(db: Db, actor: TActor, key: TSettingKey) {
  assertCan(actor, "editSettings");
  const rows = await db.settingValue.findMany({ where: { key }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  const ids = [...new Set(rows.map((r) => r.createdBy).filter((x): x is string => !!x))];
  const users = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]));
  return rows.map((r) => ({ id: r.id, provinceCode: r.provinceCode, fromYear: r.fromYear, value: r.value, at: r.createdAt, by: r.createdBy ? (users.get(r.createdBy) ?? "—") : null }));
}

/** The settings in force for each county's province in a year (national ones for an id that is no county). */
export async function settingsOfCounties(db: Tx, countyIds: string[], year: number): Promise<Map<string, TSettings>> {
  const counties = await db.region.findMany({ where: { id: { in: countyIds } }, select: { id: true, path: true } });
  const province = new Map(counties.map((c) => [c.id, provinceOfPath(c.path)]));
  const byProvince = await settingsOfProvinces(db, [null, ...province.values()], year);
  return new Map(countyIds.map((id) => [id, byProvince.get(province.get(id) ?? null)!]));
}
