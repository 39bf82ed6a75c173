import type { Prisma } from "@/server/generated/prisma/client.ts";
import { maskIdNumber, maskPhone } from "@/lib/validation/identity";
import type { TActor } from "@/server/actor";

type Tx = Prisma.TransactionClient;

/** Actions that record a record's fields before and after; without a difference they say nothing. */
const CHANGE_ACTIONS = new Set(["update", "status", "position"]);

/** Records who changed what; called inside the same transaction as the change itself. */
export async function writeAudit(
  tx: Tx,
  actor: TActor,
  entry: {
    action: "create" | "update" | "status" | "position" | "import" | "transfer" | "transferIn" | "transferOut" | "leave" | "registration" | "decide" | "unlock" | "endSessions" | "password";
    entity: string;
    entityId: string;
    countyId: string | null;
    before: Prisma.InputJsonValue | null;
    after: Prisma.InputJsonValue | null;
  },
) {
  // An edit saved without changing anything is not history; creations and events always are.
  if (CHANGE_ACTIONS.has(entry.action) && diffRecords(entry.before as Json, entry.after as Json).length === 0) return;
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      countyId: entry.countyId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

const PERSONAL_FIELDS: Record<string, (v: string | null) => string | null> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
};

/** A snapshot with its personal fields masked, for viewers who may not see them. */
function maskSnapshot(v: Prisma.JsonValue | null): Prisma.JsonValue | null {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const out: Record<string, Prisma.JsonValue> = { ...v } as Record<string, Prisma.JsonValue>;
  for (const [field, mask] of Object.entries(PERSONAL_FIELDS)) {
    if (typeof out[field] === "string") out[field] = mask(out[field] as string);
  }
  return out;
}

export async function listHistory(db: Tx, entity: string, entityId: string, options = { maskPersonal: true }) {
  const rows = await db.auditEntry.findMany({
    where: { entity, entityId },
    orderBy: { at: "desc" },
    take: 100,
    select: {
      id: true,
      action: true,
      at: true,
      before: true,
      after: true,
      actor: { select: { displayName: true, username: true } },
    },
  });
  return (
    rows
      .map((r) => ({
        id: r.id,
        entity,
        action: r.action,
        at: r.at.toISOString(),
        who: r.actor.displayName,
        hadBefore: r.before !== null,
        changes: options.maskPersonal
          ? diffRecords(maskSnapshot(r.before), maskSnapshot(r.after))
          : diffRecords(r.before, r.after),
      }))
      // Entries written before unchanged saves were skipped, and changes the viewer may only see
      // masked, show nothing that differs: they are left out. Creations and imports have no
      // "before" and always stay.
      .filter((r) => !r.hadBefore || r.changes.length > 0)
      .map(({ hadBefore: _h, ...r }) => r)
  );
}

type Json = Prisma.JsonValue;

/** How a value reads: an empty text and no value at all both show as "—". */
const shown = (v: Json | undefined) => JSON.stringify(v === undefined || v === "" ? null : v);

/** The fields whose values differ between two snapshots, for showing a change. */
export function diffRecords(before: Json | null, after: Json | null) {
  const b = (before && typeof before === "object" && !Array.isArray(before) ? before : {}) as Record<string, Json>;
  const a = (after && typeof after === "object" && !Array.isArray(after) ? after : {}) as Record<string, Json>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "version" && shown(b[k]) !== shown(a[k]));
  return keys.map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}
