import { SETTING_DEFAULTS, type TSettings } from "@/lib/settings";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db";

export async function getSettings(db: Db | Prisma.TransactionClient): Promise<TSettings> {
  const rows = await db.setting.findMany();
  const out: TSettings = { ...SETTING_DEFAULTS };
  for (const r of rows) if (r.key in out) out[r.key as keyof TSettings] = r.value;
  return out;
}
