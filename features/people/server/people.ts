import { Prisma } from "@/server/generated/prisma/client.ts";
import { seesPersonalData } from "@/lib/permissions";
import { maskIdNumber, maskPhone } from "@/lib/validation/identity";
import type { TActor } from "@/server/actor";
import { badInput } from "@/server/errors";
import { checkIdNumber } from "@/lib/validation/identity";

/** Shared by the cadre and member rosters. */
export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export const toDate = (s: string | null | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

/** Masks a person's ID number and phone unless the viewer may see them. */
export function personalView<T extends { idNumber: string | null; phone: string | null; countyId: string }>(
  actor: TActor,
  row: T,
): T & { personalMasked: boolean } {
  if (seesPersonalData(actor, row.countyId)) return { ...row, personalMasked: false };
  return { ...row, idNumber: maskIdNumber(row.idNumber), phone: maskPhone(row.phone), personalMasked: true };
}

/** Turns a unique-constraint violation into a message beside the field it concerns. */
export function uniqueViolation(e: unknown, fields: Record<string, string>): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
    const target = JSON.stringify(e.meta ?? {});
    for (const [field, message] of Object.entries(fields)) if (target.includes(field)) throw badInput(field, message);
  }
  throw e;
}

type TPersonal = { idNumber: string | null; phone: string | null };

/**
 * The ID number and phone an edit stores. A value left out keeps the stored one (a viewer who sees
 * them masked leaves them out unless they type a new value; the masked text itself never passes
 * the schemas); only a viewer of the raw values may clear one, by sending null. When the birth
 * date changes under a kept ID number, the kept number must still agree with it.
 */
export function personalUpdate(
  actor: TActor,
  countyId: string,
  stored: TPersonal,
  input: { idNumber?: string | null; phone?: string | null; birthDate: string },
): TPersonal {
  const raw = seesPersonalData(actor, countyId);
  const pick = (field: "idNumber" | "phone"): string | null => {
    const value = input[field];
    const was = stored[field];
    if (value === undefined) return was;
    if (value === null) {
      if (!raw && was !== null) throw badInput(field, "v.personalClear");
      return null;
    }
    return value;
  };
  const idNumber = pick("idNumber");
  if (idNumber && idNumber === stored.idNumber && checkIdNumber(idNumber, input.birthDate)) throw badInput("birthDate", "v.idBirthDate");
  return { idNumber, phone: pick("phone") };
}
