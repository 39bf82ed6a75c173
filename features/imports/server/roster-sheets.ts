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
import { ZListTransfersInput } from "@/features/transfers/schema";
import { findTransfers } from "@/features/transfers/server/transfer-lists";
import { ZListAccounts, ZListSignIns } from "@/features/accounts/schema";
import { findAccounts, findSignIns } from "@/features/accounts/server/accounts";
import { beijingDate, beijingDateTime } from "@/lib/time";
import { LIST_QUERY, type TRoster } from "@/features/imports/rosters";


/**
 * The URL parameters of a list page as its list input (without the page): the export and the
 * print view read the same filter and sort as the list the user sees. Anything invalid is
 * refused by the roster's schema.
 */
export function listInputOf(params: URLSearchParams, countyCode: string | null): Record<string, unknown> {
  const input: Record<string, unknown> = { ...(countyCode !== null && { countyCode }), q: "" };
  for (const [key, name] of Object.entries(LIST_QUERY)) {
    const v = params.get(name);
    if (v) input[key] = key === "joinedYear" ? Number(v) : key === "dueToLeave" ? v === "1" || undefined : v;
  }
  return input;
}

type TCell = string | number | null;
type TColumn<R> = { header: TPlainMessageKey; width: number; value: (row: R, t: TTranslate) => TCell };
/** What a list found: its county (none for an administrator's list), and a title of its own where the filter names one. */
type TFound<R> = { county: { code: string; name: string } | null; total: number; items: R[]; title?: TPlainMessageKey };
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
  find: (db, actor, raw, take) => findCoverageUnits(db, actor, ZListUnitsInput.parse({ ...raw, kind, page: 1 }), { skip: 0, take }),
});

type TTransfer = Awaited<ReturnType<typeof findTransfers>>["items"][number];
const transfers: TSheet<TTransfer> = {
  title: "nav.transfers",
  columns: [
    { header: "transfer.member", width: 10, value: (r) => r.member.name },
    { header: "member.developmentNumber", width: 16, value: (r) => r.member.developmentNumber },
    { header: "transfer.from", width: 36, value: (r) => `${r.fromOrg.county.name} · ${r.fromOrg.name}` },
    { header: "transfer.to", width: 36, value: (r) => `${r.toOrg.county.name} · ${r.toOrg.name}` },
    {
      header: "transfer.statusLabel",
      width: 16,
      value: (r, t) => (r.status === "PENDING" ? t(r.startedBy === "FROM" ? "transfer.awaiting.TO" : "transfer.awaiting.FROM") : t(`transfer.status.${r.status}`)),
    },
    { header: "transfer.requestedAt", width: 12, value: (r) => beijingDate(r.requestedAt) },
    { header: "transfer.expiresAt", width: 12, value: (r) => (r.status === "PENDING" ? beijingDate(r.expiresAt) : null) },
    { header: "transfer.decidedByLabel", width: 12, value: (r) => r.decidedBy },
    { header: "transfer.decidedAtLabel", width: 18, value: (r) => r.decidedAt && beijingDateTime(r.decidedAt) },
    { header: "transfer.decisionComment", width: 30, value: (r) => r.decisionComment },
  ],
  async find(db, actor, raw, take) {
    const input = ZListTransfersInput.parse({ ...raw, page: 1 });
    return { ...(await findTransfers(db, actor, input, { skip: 0, take })), title: `transfer.sheet.${input.side}` };
  },
};

type TAccount = Awaited<ReturnType<typeof findAccounts>>["items"][number];
const accounts: TSheet<TAccount> = {
  title: "accounts.title",
  columns: [
    { header: "accounts.username", width: 20, value: (a) => a.username },
    { header: "accounts.name", width: 14, value: (a) => a.displayName },
    { header: "accounts.role", width: 14, value: (a, t) => t(`role.${a.role}`) },
    { header: "accounts.region", width: 14, value: (a) => a.regionName },
    {
      header: "accounts.state",
      width: 24,
      value: (a, t) => (!a.active ? t("accounts.inactive") : a.lockedUntil ? t("accounts.lockedUntil", { time: beijingDateTime(a.lockedUntil) }) : t("accounts.ok")),
    },
    { header: "accounts.failedSignIns", width: 10, value: (a) => a.failedSignIns },
    { header: "accounts.sessions", width: 10, value: (a) => a.sessions },
    { header: "accounts.lastSeenAt", width: 18, value: (a) => a.lastSeenAt && beijingDateTime(a.lastSeenAt) },
  ],
  find: async (db, actor, raw, take) => ({ county: null, ...(await findAccounts(db, actor, ZListAccounts.parse({ ...raw, page: 1 }), { skip: 0, take })) }),
};

type TSignIn = Awaited<ReturnType<typeof findSignIns>>["items"][number];
const signIns: TSheet<TSignIn> = {
  title: "signIns.title",
  columns: [
    { header: "signIns.at", width: 18, value: (r) => beijingDateTime(r.at) },
    { header: "signIns.username", width: 20, value: (r) => r.username },
    { header: "signIns.outcome", width: 12, value: (r, t) => t(`signIns.outcome.${r.outcome}`) },
    { header: "signIns.address", width: 16, value: (r) => r.address },
    { header: "signIns.userAgent", width: 60, value: (r) => r.userAgent },
  ],
  find: async (db, actor, raw, take) => ({ county: null, ...(await findSignIns(db, actor, ZListSignIns.parse({ ...raw, page: 1 }), { skip: 0, take })) }),
};

/** A roster's rows as text, in the reader's language. */
const rowsOf =
  <R>(sheet: TSheet<R>) =>
  async (db: Db, actor: TActor, raw: Record<string, unknown>, t: TTranslate, limit: number) => {
    const found = await sheet.find(db, actor, raw, limit);
    return {
      county: found.county,
      title: t(found.title ?? sheet.title),
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
  transfers: rowsOf(transfers),
  accounts: rowsOf(accounts),
  signIns: rowsOf(signIns),
};

/**
 * Any roster as rows of text, with the list's filter and sort and the same masking of personal
 * data as the list on screen: what the export writes to a workbook and the print view to paper.
 * At most `limit` rows; `total` says how many matched.
 */
export function rosterSheet(db: Db, actor: TActor, roster: TRoster, raw: Record<string, unknown>, locale: TLocale, limit: number) {
  return SHEETS[roster](db, actor, raw, translator(locale), limit);
}
