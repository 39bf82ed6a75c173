import type { TMessageKey } from "@/lib/i18n";

export const typeKey = (v: string) => `orgType.${v}` as TMessageKey;
export const domainKey = (v: string) => `domain.${v}` as TMessageKey;
export const statusKey = (v: string) => `status.${v}` as TMessageKey;
export const setupKey = (v: string) => `setup.${v}` as TMessageKey;
