/**
 * The markers planted records carry, and who may read each. A marker is a fixed-width token
 * (`DCY` + the run's five characters + a three-digit serial), a raw ID number or phone, or a
 * statistic no real figure has; every one names the record and field it was planted in.
 */
import { inside, type TPlace } from "./places";

/**
 * - `marker`: readable only inside the place's scope.
 * - `directory`: an organisation's name or id. The destination search of transfers lists
 *   organisations anywhere by name, type, township and county (the app's named exception), and an
 *   organisation on the other side of a transfer with the viewer's scope may be named wherever
 *   that transfer shows (its list, the member's history); everywhere else it is a `marker`.
 * - `personal`: a raw ID number or phone, readable only by administrators and the county admins
 *   of the person's county (everyone else sees it masked), and never outside the scope.
 */
export type TMarkerKind = "marker" | "directory" | "personal";

export type TMarker = { token: string; kind: TMarkerKind; place: TPlace; what: string; personCountyId?: string; orgId?: string };

/** The signed-in account as the scope rules see it, read from the database. */
export type TViewer = { username: string; role: string; scopePath: string; regionLevel: string; countyId: string | null };

/** Where organisations outside the scope may be listed by name (the app's named exception). */
export const DIRECTORY_PROCEDURES = /^transfer\.destinations$/;

/** Whether the organisation is on the other side of a transfer with the viewer's scope. */
export type TCounterpart = (orgId: string, scopePath: string) => Promise<boolean>;

const TOKEN = /DCY[A-Z0-9]{5}\d{3}|\d{17}[\dX]|\d+/g;

export class MarkerBook {
  /** Differs between runs, so markers planted by an earlier run on the same database are not read as this one's. */
  readonly run = Array.from({ length: 5 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)]).join("");
  private serial = 0;
  private readonly byToken = new Map<string, TMarker>();

  /** A fresh token for a text field. */
  token(kind: TMarkerKind, place: TPlace, what: string): string {
    const token = `DCY${this.run}${String(++this.serial).padStart(3, "0")}`;
    this.byToken.set(token, { token, kind, place, what });
    return token;
  }

  /** Names the organisation a directory token belongs to. */
  belongsTo(token: string, orgId: string) {
    const m = this.byToken.get(token);
    if (m) m.orgId = orgId;
  }

  /** Registers a value planted as it is (ID number, phone, statistic). */
  value(value: string, kind: TMarkerKind, place: TPlace, what: string, personCountyId?: string): string {
    this.byToken.set(value, { token: value, kind, place, what, personCountyId });
    return value;
  }

  get size() {
    return this.byToken.size;
  }

  /** Every planted marker in the text, once each. */
  find(text: string): TMarker[] {
    const found = new Map<string, TMarker>();
    for (const m of text.matchAll(TOKEN)) {
      const marker = this.byToken.get(m[0]);
      if (marker) found.set(marker.token, marker);
    }
    return [...found.values()];
  }
}

/** Whether the viewer may read the marker in the answer of `procedure` (a path, or a URL). */
export function mayRead(marker: TMarker, viewer: TViewer, procedure: string): boolean {
  if (marker.kind === "directory" && DIRECTORY_PROCEDURES.test(procedure)) return true;
  if (!inside(marker.place.path, viewer.scopePath)) return false;
  if (marker.kind !== "personal") return true;
  return viewer.role === "ADMIN" || (viewer.role === "COUNTY_ADMIN" && viewer.regionLevel === "COUNTY" && viewer.countyId === marker.personCountyId);
}

export type TLeak = { where: string; account: string; what: string; token: string };

/** The planted markers in `answer` the viewer may read: proof the scan sees what it looks for. */
export function readableIn(book: MarkerBook, answer: string, viewer: TViewer, where: string): TMarker[] {
  return book.find(answer).filter((m) => mayRead(m, viewer, where));
}

/**
 * The markers in `answer` the viewer may not read. Markers the caller itself sent (in the input
 * or the URL) are its own knowledge, not a leak.
 */
export async function leaksIn(book: MarkerBook, answer: string, sent: string, viewer: TViewer, where: string, counterpart: TCounterpart): Promise<TLeak[]> {
  const own = new Set(book.find(sent).map((m) => m.token));
  const leaks: TLeak[] = [];
  for (const m of book.find(answer)) {
    if (own.has(m.token) || mayRead(m, viewer, where)) continue;
    if (m.kind === "directory" && m.orgId && (await counterpart(m.orgId, viewer.scopePath))) continue;
    leaks.push({ where, account: viewer.username, what: m.what, token: m.token });
  }
  return leaks;
}
