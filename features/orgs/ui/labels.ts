import type { TMessageKey } from "@/lib/i18n";
import type { OrgDomain, OrgStatus, OrgType, SetupMode } from "@/server/generated/prisma/enums";

/** Catalogue keys of enumerated values: a value without a message in the catalogue does not compile. */
export const typeKey = (v: OrgType) => `orgType.${v}` as const satisfies TMessageKey;
export const domainKey = (v: OrgDomain) => `domain.${v}` as const satisfies TMessageKey;
export const statusKey = (v: OrgStatus) => `status.${v}` as const satisfies TMessageKey;
export const setupKey = (v: SetupMode) => `setup.${v}` as const satisfies TMessageKey;
