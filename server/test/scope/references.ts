/**
 * Which fields are references, by name, and their values in a planted set: codes and ids of the
 * set's regions and records, with the region path each lies in.
 */
import type { TPlantedSet } from "./plant";

export type TEntity = "county" | "prefecture" | "region" | "org" | "member" | "cadre" | "position" | "transfer" | "school" | "unit" | "youthHome" | "account";

/**
 * - `ref`: a record or region the call acts on or links to; outside the scope it must be refused
 *   unless the field is a filter.
 * - `destination`: where a transfer goes, which the app lets lie anywhere.
 * - `lookup`: a member named by development number and name, as the receiving side of a
 *   transfer names one it cannot see yet.
 * - `search`: free text.
 */
export type TRefRole = "ref" | "destination" | "lookup" | "search";
/**
 * A reference as filled in. `filter`: optional or with a default, it only narrows an answer, so
 * it may name anything as long as the answer stays clean.
 */
export type TRef = { field: string; role: TRefRole; entity: TEntity; value: unknown; place: string; filter: boolean; decoy: boolean };

const ENTITY_WORDS: [RegExp, TEntity][] = [
  [/youth_?home|home/i, "youthHome"],
  [/school/i, "school"],
  [/^unit|unit$|saveunit/i, "unit"],
  [/member|graduate/i, "member"],
  [/position|post/i, "position"],
  [/cadre/i, "cadre"],
  [/transfer/i, "transfer"],
  [/org|parent/i, "org"],
  [/township|region/i, "region"],
];

export const entityOf = (word: string): TEntity | undefined => ENTITY_WORDS.find(([re]) => re.test(word))?.[1];

const ENTITIES: TEntity[] = ["county", "prefecture", "region", "org", "member", "cadre", "position", "transfer", "school", "unit", "youthHome"];

/**
 * The entity an `id` field means: a sibling `kind` that is an entity's name (not a record's own
 * kind, such as a unit's SOCIAL_ORGANISATION), else the procedure's name, else its router's.
 */
function idEntity(procedure: string, siblings: Record<string, unknown>): TEntity | undefined {
  const [router = "", name = ""] = procedure.split(".");
  const kind = ENTITIES.find((e) => typeof siblings.kind === "string" && e.toLowerCase() === siblings.kind.toLowerCase());
  return kind ?? entityOf(name) ?? entityOf(router);
}

/** Which reference a field is, by its name (and, for ambiguous names, its siblings). */
export function referenceOf(field: string, keys: string[], procedure: string, siblings: Record<string, unknown>): { role: TRefRole; entity: TEntity } | undefined {
  const lookup = keys.includes("developmentNumber") && !keys.includes("joinedOn");
  if (field === "prefectureCode") return { role: "ref", entity: "prefecture" };
  // Any other region code (countyCode, regionCode) names the county of the set.
  if (/^(county|region)Code$/.test(field)) return { role: "ref", entity: "county" };
  if (field === "townshipId" || field === "regionId") return { role: "ref", entity: "region" };
  if (field === "toOrgId") return { role: "destination", entity: "org" };
  // An account is named by its username: the set's own account (decoy sets have none).
  if (field === "username") return { role: "ref", entity: "account" };
  if (lookup && (field === "developmentNumber" || field === "name")) return { role: "lookup", entity: "member" };
  if (field === "q") return { role: "search", entity: entityOf(procedure.split(".")[0] ?? "") ?? "org" };
  if (field === "id") {
    const entity = idEntity(procedure, siblings);
    return entity ? { role: "ref", entity } : undefined;
  }
  const m = /^(\w+)Id$/.exec(field);
  const entity = m ? entityOf(m[1]!) : undefined;
  return entity ? { role: "ref", entity } : undefined;
}

/** A reference's value in a planted set (the k-th record of its kind), with where it lies. */
export function valueIn(set: TPlantedSet, role: TRefRole, entity: TEntity, field: string, k: number): { value: unknown; place: string } | undefined {
  const p = set.place;
  const pick = <T>(list: T[], i: number) => (list.length ? list[i % list.length] : undefined);
  const at = (value: unknown) => (value === undefined ? undefined : { value, place: p.path });
  if (role === "lookup") {
    const member = pick(set.members, 1 + k);
    return at(member && (field === "name" ? member.name : member.developmentNumber));
  }
  if (role === "search") {
    const names: Partial<Record<TEntity, string | undefined>> = { member: pick(set.members, 0)?.name, cadre: set.cadreNames[0], org: set.orgNames[0] };
    return at(names[entity] ?? set.orgNames[0]);
  }
  switch (entity) {
    case "county":
      return { value: p.county.code, place: p.county.path };
    case "prefecture":
      return { value: p.prefecture.code, place: p.prefecture.path };
    case "region":
      return at(p.townshipId);
    case "org":
      return at(pick(set.orgs, role === "destination" ? k + 1 : k));
    case "member":
      return at(pick(set.members, k)?.id);
    case "cadre":
      return at(pick(set.cadres, k));
    case "position":
      return at(pick(set.positions, k));
    case "transfer":
      return at(pick(set.transfers, k));
    case "school":
      return at(pick(set.schools, k));
    case "unit":
      return at(pick(set.units, k));
    case "youthHome":
      return at(pick(set.youthHomes, k));
    case "account":
      return at(p.owner ?? undefined);
  }
}

/** The group a reference is substituted in: a lookup's number and name go together. */
export const refGroup = (r: { field: string; role: TRefRole }) => (r.role === "lookup" ? "lookup" : r.field);
