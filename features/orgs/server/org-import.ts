import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import { ORG_COLUMNS } from "@/features/orgs/import-columns";
import { ZCreateOrgInput, type TCreateOrgInput } from "@/features/orgs/schema";
import { toDate } from "@/features/people/server/people";
import { importTemplate, importWorkbook, placeResolver, type TImportProgress, type TImportSpec } from "@/features/imports/server/xlsx-import";
import type { TUploadLimits } from "@/features/imports/server/xlsx-rows";
import type { TActor } from "@/server/actor";

const ORG_SPEC: TImportSpec<TCreateOrgInput> = {
  action: "editOrgs",
  columns: ORG_COLUMNS,
  required: ["name", "type", "domain", "township"],
  schema: ZCreateOrgInput,
  unique: [],
  async lookups(db, county, actor) {
    const place = await placeResolver(db, county.id, actor, ["TOWNSHIP", "VILLAGE", "COMMUNITY"]);
    return (raw, input, problem) => {
      place(raw, input, problem);
      if (input.type === "COUNTY_COMMITTEE") problem("type", "v.countyCommitteeLevel");
      for (const k of ["setupMode", "parentId", "foundedOn", "termStartedOn"]) if (input[k] === "") input[k] = null;
      // The establishment quota is set on the form, not by import.
      input.quota = null;
    };
  },
  async write(tx, rows, countyId, actor) {
    const ids = rows.map(() => randomUUID());
    await tx.organisation.createMany({
      data: rows.map((o, i) => ({
        id: ids[i],
        name: o.name,
        type: o.type,
        domain: o.domain,
        setupMode: o.setupMode,
        regionId: o.regionId,
        countyId,
        parentId: o.parentId,
        foundedOn: toDate(o.foundedOn),
        termStartedOn: toDate(o.termStartedOn),
        note: o.note,
        quota: o.quota,
      })),
    });
    await tx.auditEntry.createMany({
      data: rows.map((o, i) => ({ actorId: actor.id, action: "import", entity: "Organisation", entityId: ids[i]!, countyId, after: { name: o.name, type: o.type } })),
    });
  },
};

export function importOrgs(db: Db, actor: TActor, countyCode: string, file: ArrayBuffer, progress?: (p: TImportProgress) => void, limits?: Partial<TUploadLimits>) {
  return importWorkbook(db, actor, countyCode, file, ORG_SPEC, progress, limits);
}

export const orgTemplate = () => importTemplate(ORG_COLUMNS, "团组织");
