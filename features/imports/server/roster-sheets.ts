import type { Db } from "@/server/db";
import type { TActor } from "@/server/actor";
import { translator, type TLocale, type TPlainMessageKey, type TTranslate } from "@/lib/i18n";
import { domainKey, setupKey, statusKey, typeKey } from "@/features/orgs/ui/labels";
import { categoryKey, educationKey, genderKey, postKey, sourceKey, staffingKey } from "@/features/people/ui/labels";
import { ZListCadresInput } from "@/features/cadres/schema";
import { ZListMembersInput } from "@/features/members/schema";
import { ZListOrgsInput } from "@/features/orgs/schema";
import { ZListUnitsInput } from "@/features/coverage/schema";
import { COMMON_COLUMNS, KIND_COLUMNS, type TRow, type TUnitKind } from "@/features/coverage/unit-kinds";
import { findCadres, type presentCadre } from "@/features/cadres/server/cadres";
import type { presentMember } from "@/features/members/server/members";
import { findMembers } from "@/features/members/server/member-list";
import { findOrgs, type presentOrg } from "@/features/orgs/server/orgs";
import { findCoverageUnits } from "@/features/coverage/server/units";
import { LIST_QUERY, type TRoster } from "@/features/imports/rosters";


/**
 * The URL parameters of a list page as its list input (without the page): the export and the
 * print view read the same filter and sort as the list the user sees. Anything invalid is
 * refused by the roster's schema.
 */
export function listInputOf(params: URLSearchParams, countyCode: string): Record<string, unknown> {
  const input: Record<string, unknown> = { countyCode, q: "" };
  for (const [key, name] of Object.entries(LIST_QUERY)) {
    const v = params.get(name);
    if (v) input[key] = key === "joinedYear" ? Number(v) : key === "dueToLeave" ? v === "1" || undefined : v;
  }
  return input;
}

type TCell = string | number | null;
type TColumn<R> = { header: TPlainMessageKey; width: number; value: (row: R, t: TTranslate) => TCell };
type TFound<R> = { county: { code: string; name: string }; total: number; items: R[] };
type TSheet<R> = {
  title: TPlainMessageKey;
  columns: TColumn<R>[];
  find: (db: Db, actor: TActor, raw: Record<string, unknown>, take: number) => Promise<TFound<R>>;
};

const label =
  <V extends string>(key: (v: V) => TPlainMessageKey) =>
  (v: V | null, t: TTranslate) =>
    v ? t(key(v)) : "";

/** A person's columns, cadre or member: ID number and phone as the list shows them (masked or not). */
const personColumns = <P extends { name: string; gender: Parameters<typeof genderKey>[0]; birthDate: string | null; idNumber: string | null; phone: string | null }>(): TColumn<P>[] => [
  { header: "cadre.name", width: 10, value: (p) => p.name },
  { header: "cadre.gender", width: 6, value: (p, t) => label(genderKey)(p.gender, t) },
  { header: "cadre.birthDate", width: 12, value: (p) => p.birthDate },
  { header: "cadre.idNumber", width: 22, value: (p) => p.idNumber },
  { header: "cadre.phone", width: 14, value: (p) => p.phone },
];

type TOrg = ReturnType<typeof presentOrg>;
const orgs: TSheet<TOrg> = {
  title: "nav.orgs",
  columns: [
    { header: "orgs.col.name", width: 36, value: (o) => o.name },
    { header: "orgs.col.type", width: 14, value: (o, t) => label(typeKey)(o.type, t) },
    { header: "orgs.col.domain", width: 14, value: (o, t) => label(domainKey)(o.domain, t) },
    { header: "org.setupMode", width: 14, value: (o, t) => label(setupKey)(o.setupMode, t) },
    { header: "orgs.col.region", width: 16, value: (o) => o.region.name },
    { header: "orgs.col.status", width: 12, value: (o, t) => label(statusKey)(o.status, t) },
    { header: "org.foundedOn", width: 12, value: (o) => o.foundedOn },
    { header: "org.termStartedOn", width: 12, value: (o) => o.termStartedOn },
  ],
  find: (db, actor, raw, take) => findOrgs(db, actor, ZListOrgsInput.parse({ ...raw, page: 1 }), { skip: 0, take }),
};

type TCadre = ReturnType<typeof presentCadre>;
const cadres: TSheet<TCadre> = {
  title: "nav.cadres",
  columns: [
    ...personColumns<TCadre>(),
    { header: "cadre.education", width: 10, value: (c, t) => label(educationKey)(c.education, t) },
    { header: "cadre.staffingType", width: 8, value: (c, t) => label(staffingKey)(c.staffingType, t) },
    { header: "cadre.source", width: 14, value: (c, t) => label(sourceKey)(c.source, t) },
    {
      header: "cadres.positions",
      width: 48,
      value: (c, t) =>
        c.positions
          .filter((p) => !p.endedOn)
          .map((p) => `${p.organisation.name} ${label(postKey)(p.post, t)}`)
          .join("；"),
    },
  ],
  find: (db, actor, raw, take) => findCadres(db, actor, ZListCadresInput.parse({ ...raw, page: 1 }), { skip: 0, take }),
};

type TMember = ReturnType<typeof presentMember>;
const members: TSheet<TMember> = {
  title: "nav.members",
  columns: [
    ...personColumns<TMember>(),
    { header: "member.developmentNumber", width: 16, value: (m) => m.developmentNumber },
    { header: "member.joinedOn", width: 12, value: (m) => m.joinedOn },
    { header: "member.category", width: 8, value: (m, t) => label(categoryKey)(m.category, t) },
    { header: "member.organisation", width: 32, value: (m) => m.organisation.name },
    { header: "member.archiveCertifiedOn", width: 12, value: (m) => m.archiveCertifiedOn },
    { header: "member.recommendedOn", width: 12, value: (m) => m.recommendedOn },
    { header: "member.admittedOn", width: 12, value: (m) => m.admittedOn },
  ],
  find: (db, actor, raw, take) => findMembers(db, actor, ZListMembersInput.parse({ ...raw, page: 1 }), { skip: 0, take }),
};

/** A coverage roster: the same columns as the list on screen. */
const coverage = (kind: TUnitKind, title: TPlainMessageKey): TSheet<TRow> => ({
  title,
  columns: [...COMMON_COLUMNS, ...KIND_COLUMNS[kind]].map((c) => ({ header: c.label, width: c.width, value: c.cell })),
  async find(db, actor, raw, take) {
    const found = await findCoverageUnits(db, actor, ZListUnitsInput.parse({ ...raw, kind, page: 1 }), { skip: 0, take });
    return { ...found, items: found.items as unknown as TRow[] };
  },
});

/** A roster's rows as text, in the reader's language. */
const rowsOf =
  <R>(sheet: TSheet<R>) =>
  async (db: Db, actor: TActor, raw: Record<string, unknown>, t: TTranslate, limit: number) => {
    const found = await sheet.find(db, actor, raw, limit);
    return {
      county: found.county,
      title: t(sheet.title),
      total: found.total,
      columns: sheet.columns.map((c) => ({ header: t(c.header), width: c.width })),
      rows: found.items.map((r) => sheet.columns.map((c) => c.value(r, t))),
    };
  };

const SHEETS: Record<TRoster, ReturnType<typeof rowsOf>> = {
  orgs: rowsOf(orgs),
  cadres: rowsOf(cadres),
  members: rowsOf(members),
  schools: rowsOf(coverage("school", "coverage.schools")),
  units: rowsOf(coverage("unit", "coverage.units")),
  youthHomes: rowsOf(coverage("youthHome", "coverage.youthHomes")),
};

/**
 * Any roster as rows of text, with the list's filter and sort and the same masking of personal
 * data as the list on screen: what the export writes to a workbook and the print view to paper.
 * At most `limit` rows; `total` says how many matched.
 */
export function rosterSheet(db: Db, actor: TActor, roster: TRoster, raw: Record<string, unknown>, locale: TLocale, limit: number) {
  return SHEETS[roster](db, actor, raw, translator(locale), limit);
}
