/**
 * The app's pages and route handlers, read from the files under `app/`, and the URLs that call
 * them: dynamic segments and the query parameters a file reads filled from a planted set, as the
 * generator fills procedure inputs.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { INDICATORS } from "@/features/indicators/catalog";
import { LIST_QUERY, ROSTERS } from "@/features/imports/rosters";
import { entityOf } from "./inputs";
import { PLANTED_YEAR, type TPlantedSet } from "./plant";

/**
 * Query parameters a file reads that its source does not name, by file under `app/`: a list's
 * filter and sort, read through `listInputOf` (features/imports/server/roster-sheets.ts) by the
 * export and the print views. A file here that no longer exists fails the scan.
 */
const LIST_PARAMS = Object.values(LIST_QUERY);
export const DECLARED_QUERY: Readonly<Record<string, readonly string[]>> = {
  "api/export/[roster]/route.ts": LIST_PARAMS,
  "(app)/county/[code]/print/[roster]/page.tsx": LIST_PARAMS,
  "(app)/admin/print/[roster]/page.tsx": LIST_PARAMS,
};

export type TParam = { name: string; in: "path" | "query"; folder: string; catchAll: boolean };
export type TRouteFile = { file: string; kind: "page" | "route"; parts: string[]; params: TParam[]; methods: string[] };

/** Every `page.tsx` and `route.ts` under `appDir`, with what its URL is made of. */
export function listRouteFiles(appDir: string): TRouteFile[] {
  const files = (readdirSync(appDir, { recursive: true }) as string[]).filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f)).sort();
  const stale = Object.keys(DECLARED_QUERY).filter((f) => !files.includes(f));
  if (stale.length > 0) throw new Error(`DECLARED_QUERY names files that are gone: ${stale.join(", ")}`);
  return files.map((file) => {
    const source = readFileSync(path.join(appDir, file), "utf8");
    const kind = file.endsWith("page.tsx") ? "page" : "route";
    // Route groups, "(app)", do not show in the URL.
    const parts = path.dirname(file).split("/").filter((p) => p !== "." && !/^\(.*\)$/.test(p));
    const params: TParam[] = [];
    parts.forEach((p, i) => {
      const m = /^\[(\.\.\.)?(\w+)\]$/.exec(p);
      if (m) params.push({ name: m[2]!, in: "path", folder: parts[i - 1] ?? "", catchAll: Boolean(m[1]) });
    });
    const query = new Set<string>();
    // Query parameters the file reads: `params.get("x")`, `text("x")`, `sp.x`, `{ x } = await props.searchParams`.
    for (const m of source.matchAll(/\b(?:get|text)\(\s*"(\w+)"/g)) query.add(m[1]!);
    for (const m of source.matchAll(/\bsp\.(\w+)/g)) query.add(m[1]!);
    for (const m of source.matchAll(/\{\s*([\w\s,]+)\}\s*=\s*await\s+props\.searchParams/g)) for (const n of m[1]!.split(",")) query.add(n.trim());
    for (const name of DECLARED_QUERY[file] ?? []) query.add(name);
    for (const name of query) params.push({ name, in: "query", folder: "", catchAll: false });
    const exported = [...source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST)\b|\bas\s+(GET|POST)\b/g)].map((m) => m[1] ?? m[2]!);
    // And names in an export list: `export { GET, handler as POST }`.
    for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of list[1]!.matchAll(/\b(GET|POST)\b/g)) exported.push(n[1]!);
    // A handler is called by GET where it has one, which reads without changing anything.
    const methods = kind === "page" || exported.includes("GET") ? ["GET"] : exported.slice(0, 1);
    return { file: `app/${file}`, kind, parts, params, methods };
  });
}

export type TValue = { value: string; place: string | null };

/**
 * A parameter's values in a planted set, by its name and the folder above it. `every` gives all
 * the values worth calling (every indicator, every roster), else the first.
 */
export function valuesFor(param: TParam, set: TPlantedSet, every: boolean): TValue[] | undefined {
  const p = set.place;
  const first = (list: TValue[]) => (every ? list : list.slice(0, 1));
  const county = { value: p.county.code, place: p.county.path };
  const prefecture = { value: p.prefecture.code, place: p.prefecture.path };
  switch (param.name) {
    case "code":
      return param.folder === "prefecture" ? [prefecture] : [county];
    case "countyCode":
      return [county];
    case "prefectureCode":
      return [prefecture];
    case "township":
    case "townshipId":
      return [{ value: p.townshipId, place: p.path }];
    case "id": {
      const entity = entityOf(param.folder);
      const ids: Record<string, string[]> = { org: set.orgs, member: set.members.map((m) => m.id), cadre: set.cadres };
      const id = entity ? ids[entity]?.[0] : undefined;
      return id ? [{ value: id, place: p.path }] : undefined;
    }
    case "indicator":
      return first(INDICATORS.map((i) => ({ value: i.code, place: null })));
    case "ind":
      return [{ value: INDICATORS.map((i) => i.code).join(","), place: null }];
    case "roster":
      return first(ROSTERS.map((value) => ({ value, place: null })));
    case "period":
    case "year":
      return [{ value: String(PLANTED_YEAR), place: null }];
    case "nextauth":
      return [{ value: "session", place: null }];
    default:
      return undefined;
  }
}

/** Query parameters that only narrow an answer; a scope is decided by the others. */
export const isFilter = (param: TParam) => param.in === "query" && param.name !== "countyCode" && param.name !== "prefectureCode";

export type TUrl = { url: string; file: TRouteFile; method: string; places: { param: TParam; place: string | null; decoy: boolean }[] };

/** One URL per combination of the given values; parameters without values are left out. */
export function buildUrls(file: TRouteFile, method: string, pick: (param: TParam) => { values: TValue[]; decoy: boolean } | undefined): TUrl[] {
  let combos: { values: Map<string, TValue & { decoy: boolean }> }[] = [{ values: new Map() }];
  for (const param of file.params) {
    const v = pick(param);
    if (!v) {
      if (param.in === "path") return [];
      continue;
    }
    combos = combos.flatMap((c) => v.values.map((x) => ({ values: new Map(c.values).set(`${param.in}:${param.name}`, { ...x, decoy: v.decoy }) })));
  }
  return combos.map(({ values }) => {
    const parts = file.parts.map((p) => {
      const m = /^\[(?:\.\.\.)?(\w+)\]$/.exec(p);
      return m ? encodeURIComponent(values.get(`path:${m[1]}`)!.value) : p;
    });
    const query = new URLSearchParams();
    for (const param of file.params) {
      const v = values.get(`query:${param.name}`);
      if (param.in === "query" && v) query.set(param.name, v.value);
    }
    const qs = query.toString();
    return {
      url: `/${parts.join("/")}${qs ? `?${qs}` : ""}`,
      file,
      method,
      places: file.params.flatMap((param) => {
        const v = values.get(`${param.in}:${param.name}`);
        return v ? [{ param, place: v.place, decoy: v.decoy }] : [];
      }),
    };
  });
}
