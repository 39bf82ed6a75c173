import { isPlainMessageKey, type TPlainMessageKey, type TTranslate } from "@/lib/i18n";

/** Catalogue prefixes of the enumerated fields records carry, by field name. */
export const ENUM_PREFIXES: Record<string, string[]> = {
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
  recommendationStatus: ["recommendation."],
  registrationStatus: ["registration.state."],
  leftReason: ["membership.end."],
  endReason: ["membership.end."],
  startedBy: ["transfer.side."],
  // A member's history names the step a transfer reached ("requested"), or its status.
  transfer: ["transferState.", "transfer.status."],
};

/** Fields one kind of record uses in its own sense: a member's status is not an organisation's. */
export const ENTITY_ENUM_PREFIXES: Record<string, Record<string, string[]>> = {
  Member: { status: ["memberStatus."] },
  MemberTransfer: { status: ["transfer.status."] },
};

const ENTITY_FIELD_LABELS: Record<string, Record<string, TPlainMessageKey>> = {
  Member: { status: "field.memberStatus" },
};

function prefixesOf(field: string, entity?: string) {
  return (entity && ENTITY_ENUM_PREFIXES[entity]?.[field]) || ENUM_PREFIXES[field] || [];
}

/** The label of an enumerated value, or null when the field is not enumerated or the value unknown. */
export function enumLabel(t: TTranslate, field: string, v: string, entity?: string): string | null {
  for (const prefix of prefixesOf(field, entity)) {
    const key = prefix + v;
    if (isPlainMessageKey(key)) return t(key);
  }
  return null;
}

/**
 * A cadre's posts are kept as one line per post ("<organisation> SECRETARY 2021-05-04–"); the
 * post is shown by its label.
 */
function positionsText(t: TTranslate, v: string): string {
  return v.replace(/ ([A-Z_]+) (?=\d{4}-\d{2}-\d{2}–)/g, (whole, post: string) => {
    const label = enumLabel(t, "post", post);
    return label ? ` ${label} ` : whole;
  });
}

/** A field's value as the user reads it: enumerations by their label, yes/no in words, "—" for none. */
export function fieldValue(t: TTranslate, field: string, v: unknown, entity?: string): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
  if (typeof v === "string") {
    if (field === "positions") return positionsText(t, v);
    return enumLabel(t, field, v, entity) ?? v;
  }
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** A field's name as the user reads it; a field without a label keeps its own name. */
export function fieldLabel(t: TTranslate, field: string, entity?: string): string {
  const own = entity ? ENTITY_FIELD_LABELS[entity]?.[field] : undefined;
  if (own) return t(own);
  const key = `field.${field}`;
  return isPlainMessageKey(key) ? t(key) : field;
}

/** What an audit entry records, in words; actions added later read as a change until labelled. */
export function actionLabel(t: TTranslate, action: string): string {
  const key = `org.action.${action}`;
  return t(isPlainMessageKey(key) ? key : "org.action.other");
}
