import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/server/db";
import { zh } from "@/lib/i18n/zh";
import { SCHOOL_COLUMNS, UNIT_COLUMNS, YOUTH_HOME_COLUMNS } from "@/features/coverage/import-columns";
import { ZSchoolInput, ZUnitInput, ZYouthHomeInput } from "@/features/coverage/schema";
import type { TActor } from "@/server/actor";
import type { TUnitKind } from "./units";
import { toDate } from "@/features/people/server/people";
import { importTemplate, importWorkbook, placeResolver, type TImportProgress, type TImportSpec } from "@/features/imports/server/xlsx-import";
import type { TUploadLimits } from "@/features/imports/server/xlsx-rows";

const label = (prefix: string) =>
  Object.fromEntries(Object.entries(zh).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [v, k.slice(prefix.length + 1)]));
const ENUMS: Record<string, Record<string, string>> = {
  school: label("schoolKind"),
  unit: label("unitKind"),
  level: { ...label("level.demo"), "": "NONE" },
};

/** Places by "township" or "township/village", and the enum labels of each kind, to ids and values. */
function placeLookups(kind: TUnitKind): NonNullable<TImportSpec<unknown>["lookups"]> {
  return async (db, county, actor) => {
    const place = await placeResolver(db, county.id, actor, kind === "youthHome" ? ["TOWNSHIP"] : ["TOWNSHIP", "VILLAGE", "COMMUNITY"]);
    return (raw, input, problem) => {
      place(raw, input, problem);
      input.id = null;
      input.version = null;
      if (kind === "school") {
        input.kind = ENUMS.school![raw.kind ?? ""] ?? raw.kind;
        input.leagueSchoolLevel = ENUMS.level![raw.leagueSchoolLevel ?? ""] ?? raw.leagueSchoolLevel;
      }
      if (kind === "unit") input.kind = ENUMS.unit![raw.kind ?? ""] ?? raw.kind;
    };
  };
}

function spec<S extends z.ZodType>(kind: TUnitKind, schema: S, columns: typeof SCHOOL_COLUMNS, entity: string): TImportSpec<z.infer<S>> {
  return {
    columns,
    required: ["name", "township"],
    schema: schema as unknown as z.ZodType<z.infer<S>>,
    unique: [],
    lookups: placeLookups(kind),
    async write(tx, rows, countyId, actor) {
      const ids = rows.map(() => randomUUID());
      const data = rows.map((r, i) => {
        const { id: _id, version: _v, ...fields } = r as Record<string, unknown>;
        return { ...fields, ...("openedOn" in fields ? { openedOn: toDate(fields.openedOn as string | null) } : {}), id: ids[i], countyId };
      });
      const delegate = (kind === "school" ? tx.school : kind === "unit" ? tx.unit : tx.youthHome) as unknown as { createMany: (a: { data: object[] }) => Promise<unknown> };
      await delegate.createMany({ data });
      await tx.auditEntry.createMany({
        data: rows.map((r, i) => ({ actorId: actor.id, action: "import", entity, entityId: ids[i]!, countyId, after: { name: (r as { name: string }).name } })),
      });
    },
  };
}

const SPECS = {
  school: spec("school", ZSchoolInput, SCHOOL_COLUMNS, "School"),
  unit: spec("unit", ZUnitInput, UNIT_COLUMNS, "Unit"),
  youthHome: spec("youthHome", ZYouthHomeInput, YOUTH_HOME_COLUMNS, "YouthHome"),
};

export function importUnits(kind: TUnitKind) {
  return (db: Db, actor: TActor, countyCode: string, file: ArrayBuffer, progress?: (p: TImportProgress) => void, limits?: Partial<TUploadLimits>) =>
    importWorkbook(db, actor, countyCode, file, SPECS[kind] as TImportSpec<unknown>, progress, limits);
}

export const unitTemplate = (kind: TUnitKind) => () =>
  importTemplate(SPECS[kind].columns, kind === "school" ? "学校" : kind === "unit" ? "企业和社会组织" : "青年之家");
