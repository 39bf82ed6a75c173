import type { Db } from "../db";
import { MEMBER_COLUMNS } from "@/lib/import/member-columns";
import { ZMemberImportRow, type TMemberImportRow } from "@/lib/schemas/member";
import type { TActor } from "./actor";
import { memberData } from "./members";
import { importTemplate, importWorkbook, type TImportProgress, type TImportSpec } from "./xlsx-import";

export type { TImportProblem, TImportProgress, TImportResult } from "./xlsx-import";

const MEMBER_SPEC: TImportSpec<TMemberImportRow> = {
  columns: MEMBER_COLUMNS,
  required: ["name", "developmentNumber", "joinedOn", "birthDate", "organisationId"],
  schema: ZMemberImportRow,
  unique: [
    {
      field: "developmentNumber",
      value: (m) => m.developmentNumber,
      message: "v.devNumberTaken",
      taken: async (db: Db, values) =>
        (await db.member.findMany({ where: { developmentNumber: { in: values } }, select: { developmentNumber: true } })).map((m) => m.developmentNumber),
    },
    {
      field: "idNumber",
      value: (m) => m.idNumber ?? null,
      message: "v.idTaken",
      taken: async (db: Db, values) =>
        (await db.member.findMany({ where: { idNumber: { in: values } }, select: { idNumber: true } })).map((m) => m.idNumber!),
    },
  ],
  async write(tx, rows, countyId, actor) {
    const created = await tx.member.createManyAndReturn({
      data: rows.map((input) => ({ ...memberData(input), idNumber: input.idNumber, phone: input.phone, countyId, recommendationStatus: input.recommendedOn ? ("PENDING" as const) : ("NONE" as const) })),
      select: { id: true, developmentNumber: true, name: true, organisationId: true, joinedOn: true },
    });
    await tx.membership.createMany({ data: created.map((m) => ({ memberId: m.id, countyId, organisationId: m.organisationId, startedOn: m.joinedOn })) });
    const year = new Map(rows.map((r) => [r.developmentNumber, r.registeredYear]));
    await tx.memberRegistration.createMany({
      data: created
        .filter((m) => year.get(m.developmentNumber))
        .map((m) => ({ memberId: m.id, countyId, organisationId: m.organisationId, year: year.get(m.developmentNumber)!, status: "REGISTERED" as const, confirmedById: actor.id })),
    });
    await tx.auditEntry.createMany({
      data: created.map((m) => ({ actorId: actor.id, action: "import", entity: "Member", entityId: m.id, countyId, after: { name: m.name, developmentNumber: m.developmentNumber } })),
    });
  },
};

export function importMembers(db: Db, actor: TActor, countyCode: string, file: ArrayBuffer, progress?: (p: TImportProgress) => void) {
  return importWorkbook(db, actor, countyCode, file, MEMBER_SPEC, progress);
}

export const memberTemplate = () => importTemplate(MEMBER_COLUMNS, "团员");
