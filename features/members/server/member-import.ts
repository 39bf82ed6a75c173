import { randomUUID } from "node:crypto";
import { Prisma } from "@/server/generated/prisma/client.ts";
import type { Db } from "@/server/db";
import { MEMBER_COLUMNS } from "@/features/members/import-columns";
import { ZMemberImportRow, type TMemberImportRow } from "@/features/members/schema";
import type { TActor } from "@/server/actor";
import { importTemplate, importWorkbook, type TImportProgress, type TImportSpec } from "@/features/imports/server/xlsx-import";
import type { TUploadLimits } from "@/features/imports/server/xlsx-rows";

export type { TImportProblem, TImportProgress, TImportResult } from "@/features/imports/server/xlsx-import";

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
  /**
   * One statement per table for the whole chunk (rows travel as one JSON parameter): the members,
   * the membership each begins with, the registration the file names, and the audit entries.
   */
  async write(tx, rows, countyId, actor) {
    const data = rows.map((input) => ({
      id: randomUUID(),
      org: input.organisationId,
      name: input.name,
      gender: input.gender,
      birth: input.birthDate,
      idn: input.idNumber,
      phone: input.phone,
      dev: input.developmentNumber,
      joined: input.joinedOn,
      category: input.category,
      archived: input.archiveCertifiedOn,
      post: input.holdsPost,
      applied: input.partyAppliedOn,
      recommended: input.recommendedOn,
      activist: input.activistOn,
      target: input.developmentTargetOn,
      admitted: input.admittedOn,
      rec: input.recommendedOn ? "PENDING" : "NONE",
      reg: input.registeredYear,
    }));
    const json = JSON.stringify(data);
    const rowsOf = Prisma.sql`jsonb_to_recordset(${json}::jsonb) AS x(id text, org text, name text, gender text, birth text, idn text, phone text, dev text, joined text,
      category text, archived text, post boolean, applied text, recommended text, activist text, target text, admitted text, rec text, reg int)`;
    await tx.$executeRaw`
      INSERT INTO "Member" (id, "countyId", "organisationId", name, gender, "birthDate", "idNumber", phone, "developmentNumber", "joinedOn", category,
                            "archiveCertifiedOn", "holdsPost", "partyAppliedOn", "recommendedOn", "activistOn", "developmentTargetOn", "admittedOn",
                            "recommendationStatus", "updatedAt")
      SELECT x.id, ${countyId}, x.org, x.name, x.gender::"Gender", x.birth::date, x.idn, x.phone, x.dev, x.joined::date, x.category::"MemberCategory",
             x.archived::date, x.post, x.applied::date, x.recommended::date, x.activist::date, x.target::date, x.admitted::date,
             x.rec::"RecommendationStatus", now()
        FROM ${rowsOf}`;
    await tx.$executeRaw`
      INSERT INTO "Membership" (id, "memberId", "countyId", "organisationId", "startedOn")
      SELECT 'ms' || x.id, x.id, ${countyId}, x.org, x.joined::date FROM ${rowsOf}`;
    await tx.$executeRaw`
      INSERT INTO "MemberRegistration" (id, "memberId", "countyId", "organisationId", year, status, "confirmedById")
      SELECT 'g' || x.id || '-' || x.reg, x.id, ${countyId}, x.org, x.reg, 'REGISTERED', ${actor.id} FROM ${rowsOf} WHERE x.reg IS NOT NULL`;
    await tx.$executeRaw`
      INSERT INTO "AuditEntry" (id, "actorId", action, entity, "entityId", "countyId", after)
      SELECT 'a' || x.id, ${actor.id}, 'import', 'Member', x.id, ${countyId}, jsonb_build_object('name', x.name, 'developmentNumber', x.dev) FROM ${rowsOf}`;
  },
};

export function importMembers(db: Db, actor: TActor, countyCode: string, file: ArrayBuffer, progress?: (p: TImportProgress) => void, limits?: Partial<TUploadLimits>) {
  return importWorkbook(db, actor, countyCode, file, MEMBER_SPEC, progress, limits);
}

export const memberTemplate = () => importTemplate(MEMBER_COLUMNS, "团员");
