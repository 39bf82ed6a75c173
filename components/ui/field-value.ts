import { isMessageKey, type TMessageKey, type TTranslate } from "@/lib/i18n";

/** Catalogue prefixes of the enumerated fields records carry, by field name. */
const ENUM_PREFIXES: Record<string, string[]> = {
  type: ["orgType."],
  domain: ["domain."],
  setupMode: ["setup."],
  status: ["status."],
  gender: ["gender."],
  education: ["education."],
  staffingType: ["staffing."],
  source: ["source."],
  category: ["category."],
  post: ["post."],
  level: ["level."],
  kind: ["schoolKind.", "unitKind."],
  leagueSchoolLevel: ["level.demo."],
};

/** A field's value as the user reads it: enumerations by their label, yes/no in words, "—" for none. */
export function fieldValue(t: TTranslate, field: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
  for (const prefix of ENUM_PREFIXES[field] ?? []) {
    if (isMessageKey(prefix + String(v))) return t((prefix + String(v)) as TMessageKey);
  }
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
