import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/server/db";
import { CADRE_COLUMNS } from "@/features/cadres/import-columns";
import { ZCreateCadreInput, type TCreateCadreInput } from "@/features/cadres/schema";
import type { TActor } from "@/server/actor";
import { toDate } from "@/features/people/server/people";
import { cadreFields } from "./cadres";
import { importTemplate, importWorkbook, type TImportProgress, type TImportSpec } from "@/features/imports/server/xlsx-import";
import type { TUploadLimits } from "@/features/imports/server/xlsx-rows";

/** One row holds the cadre and their post; the form's schema nests the post. */
const ZCadreRow = z.preprocess((raw) => {
  const r = raw as Record<string, unknown>;
  return { ...r, position: { organisationId: r.organisationId, post: r.post, startedOn: r.startedOn } };
}, ZCreateCadreInput);

const CADRE_SPEC: TImportSpec<TCreateCadreInput> = {
  columns: CADRE_COLUMNS,
  required: ["name", "birthDate", "organisationId", "post", "startedOn"],
  schema: ZCadreRow as z.ZodType<TCreateCadreInput>,
  unique: [
    {
      field: "idNumber",
      value: (c) => c.idNumber ?? null,
      message: "v.idTaken",
      taken: async (db: Db, values) => (await db.cadre.findMany({ where: { idNumber: { in: values } }, select: { idNumber: true } })).map((c) => c.idNumber!),
    },
  ],
  async write(tx, rows, countyId, actor) {
    // Ids made here, so each post and audit entry pairs with its own row whatever order the
    // database returns them in.
    const created = rows.map((c) => ({ id: randomUUID(), name: c.name }));
    await tx.cadre.createMany({
      data: rows.map((c, i) => ({ id: created[i]!.id, ...cadreFields(c, countyId) })),
    });
    await tx.cadrePosition.createMany({
      data: created.map((c, i) => ({ cadreId: c.id, organisationId: rows[i]!.position.organisationId, countyId, post: rows[i]!.position.post, startedOn: toDate(rows[i]!.position.startedOn)! })),
    });
    await tx.auditEntry.createMany({
      data: created.map((c, i) => ({ actorId: actor.id, action: "import", entity: "Cadre", entityId: c.id, countyId, after: { name: c.name, post: rows[i]!.position.post } })),
    });
  },
};

export function importCadres(db: Db, actor: TActor, countyCode: string, file: ArrayBuffer, progress?: (p: TImportProgress) => void, limits?: Partial<TUploadLimits>) {
  return importWorkbook(db, actor, countyCode, file, CADRE_SPEC, progress, limits);
}

export const cadreTemplate = () => importTemplate(CADRE_COLUMNS, "团干部");
