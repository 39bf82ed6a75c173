import { SETTING_DEFAULTS, type TSettingKey, type TSettings } from "@/features/settings/settings";
import { assertCan, type TActor } from "@/server/actor";
import { writeAudit } from "@/features/audit/server/audit";
import type { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";

export async function getSettings(db: Db | Prisma.TransactionClient): Promise<TSettings> {
  const rows = await db.setting.findMany();
  const out: TSettings = { ...SETTING_DEFAULTS };
  for (const r of rows) if (r.key in out) out[r.key as keyof TSettings] = r.value;
  return out;
}

/** Administrators set the province's own numbers; each change is audited. */
export async function saveSetting(db: Db, actor: TActor, input: { key: TSettingKey; value: number }) {
  assertCan(actor, "editSettings");
  return db.$transaction(async (tx) => {
    const before = (await getSettings(tx))[input.key];
    await tx.setting.upsert({ where: { key: input.key }, create: { key: input.key, value: input.value, updatedBy: actor.id }, update: { value: input.value, updatedBy: actor.id } });
    await writeAudit(tx, actor, { action: "update", entity: "Setting", entityId: input.key, countyId: null, before: { value: before }, after: { value: input.value } });
    return getSettings(tx);
  });
}
