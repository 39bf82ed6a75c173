/**
 * Scope of the pages and route handlers, grown from the files under `app/`: every page and
 * handler, fetched over HTTP by every fixture account with its URL filled from planted records
 * (its own, and decoys outside its scope). A page, JSON answer or unzipped .xlsx that carries a
 * marker its account may not read, a page outside the scope that answers 200, or a file no URL
 * of which answered 200 for any account fails the file's test. The same markers and rules as
 * server/trpc/scope.int.test.ts (see server/test/scope/markers.ts).
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { request as playwrightRequest, test as base, expect, type APIRequestContext } from "@playwright/test";
import { createDb, type Db } from "../server/db";
import { Role } from "../server/generated/prisma/client.ts";
import { listProcedures, viewerOf } from "../server/test/scope/calls";
import { generateInput } from "../server/test/scope/inputs";
import { leaksIn, readableIn, type TCounterpart, type TViewer } from "../server/test/scope/markers";
import { SCOPE_ACCOUNTS, disjoint, inside } from "../server/test/scope/places";
import { plantScopeData, type TPlanted, type TPlantedSet } from "../server/test/scope/plant";
import { buildUrls, isFilter, listRouteFiles, valuesFor, type TParam, type TRouteFile, type TUrl } from "../server/test/scope/routes";
import { dbCounterpart, dbState } from "../server/test/scope/state";
import { isZip, zipText } from "../server/test/scope/xlsx-text";
import { appRouter } from "../server/trpc/root";
import { signedIn, type TAccount } from "./fixtures";

type TWorld = { db: Db; planted: TPlanted; viewers: Map<string, TViewer>; sessions: Map<string, APIRequestContext>; counterpart: TCounterpart };

const test = base.extend<object, { world: TWorld }>({
  world: [
    async ({}, use, workerInfo) => {
      const db = createDb(process.env.DATABASE_URL ?? "");
      const planted = await plantScopeData(db);
      const viewers = new Map<string, TViewer>();
      const sessions = new Map<string, APIRequestContext>();
      for (const { username } of SCOPE_ACCOUNTS) {
        viewers.set(username, await viewerOf(db, username));
        // The session the setup project saved for this demo account.
        const session = await playwrightRequest.newContext({ baseURL: workerInfo.project.use.baseURL, storageState: signedIn(username as TAccount) });
        const me = (await (await session.get("/api/auth/session")).json()) as { userId?: string };
        if (!me.userId) throw new Error(`${username} could not sign in`);
        sessions.set(username, session);
      }
      await use({ db, planted, viewers, sessions, counterpart: dbCounterpart(db) });
      for (const s of sessions.values()) await s.dispose();
      await db.$disconnect();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

const files = listRouteFiles(path.resolve(import.meta.dirname, "../app"));
const queries = listProcedures(appRouter).filter((p) => p.type === "query");

/** An empty workbook: an import that reads it writes nothing, whatever the roster. */
async function emptyWorkbook() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("空");
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The tRPC handler is called once per query procedure, with an input made from the set. */
async function trpcUrls(file: TRouteFile, set: TPlantedSet, world: TWorld): Promise<TUrl[]> {
  const urls: TUrl[] = [];
  for (const p of queries) {
    const g = await generateInput(p.inputs, { procedure: p.path, mutation: false, own: set, attempt: 0, fillOptional: false, state: dbState(world.db) });
    if (g.skip) continue;
    const input = g.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: g.input }))}`;
    urls.push({ url: `/api/trpc/${p.path}${input}`, file, method: "GET", places: [] });
  }
  return urls;
}

/** The URLs one account calls: its own set's, then each decoy's outside its scope. */
async function urlsFor(file: TRouteFile, viewer: TViewer, world: TWorld): Promise<(TUrl & { decoy: boolean })[]> {
  const own = world.planted.sets.find((s) => s.place.owner === viewer.username)!;
  if (file.params.some((p) => p.name === "trpc")) return (await trpcUrls(file, own, world)).map((u) => ({ ...u, decoy: false }));
  const method = file.methods[0];
  if (!method) return [];
  const out: (TUrl & { decoy: boolean })[] = [];
  const ownValues = (param: TParam) => {
    const values = valuesFor(param, own, true);
    return values && { values, decoy: false };
  };
  out.push(...buildUrls(file, method, ownValues).map((u) => ({ ...u, decoy: false })));
  for (const decoy of world.planted.sets.filter((s) => s.place.owner === null && !inside(s.place.path, viewer.scopePath))) {
    const placed = file.params.filter((p) => valuesFor(p, decoy, false)?.some((v) => v.place));
    if (placed.length === 0) continue;
    const groups = placed.length > 1 ? [placed, ...placed.map((p) => [p])] : [placed];
    for (const group of groups) {
      const pick = (param: TParam) => {
        const fromDecoy = group.includes(param);
        const values = valuesFor(param, fromDecoy ? decoy : own, false);
        return values && { values, decoy: fromDecoy };
      };
      out.push(...buildUrls(file, method, pick).map((u) => ({ ...u, decoy: true })));
    }
  }
  return out;
}

async function fetchAs(session: APIRequestContext, u: TUrl, countyCode: string | null) {
  const res =
    u.method === "POST"
      ? await session.post(u.url, {
          multipart: { file: { name: "empty.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await emptyWorkbook() }, countyCode: countyCode ?? "" },
        })
      : await session.get(u.url);
  const body = await res.body();
  return { status: res.status(), text: isZip(body) ? zipText(body) : body.toString("utf8") };
}

test("every role of the Role enum is held by a fixture account, and the app has pages and handlers", async ({ world }) => {
  const held = new Set([...world.viewers.values()].map((v) => v.role));
  expect(Object.values(Role).filter((r) => !held.has(r))).toEqual([]);
  expect(files.filter((f) => f.kind === "page").length).toBeGreaterThan(0);
  expect(files.filter((f) => f.kind === "route").length).toBeGreaterThan(0);
});

test("the scan reads planted markers in pages and in unzipped workbooks", async ({ world }) => {
  test.setTimeout(120_000);
  // A county admin sees its county's rosters whole, personal data included.
  const viewer = [...world.viewers.values()].find((v) => v.role === "COUNTY_ADMIN")!;
  const seen = { page: new Set<string>(), workbook: new Set<string>() };
  for (const file of files) {
    for (const u of (await urlsFor(file, viewer, world)).filter((x) => !x.decoy && x.method === "GET")) {
      const res = await world.sessions.get(viewer.username)!.get(u.url);
      const body = await res.body();
      const kinds = (text: string) => readableIn(world.planted.book, text, viewer, file.file).map((m) => m.kind);
      if (isZip(body)) for (const k of kinds(zipText(body))) seen.workbook.add(k);
      else if ((res.headers()["content-type"] ?? "").includes("html")) for (const k of kinds(body.toString("utf8"))) seen.page.add(k);
    }
  }
  expect([...seen.page], "marker kinds read in pages").toContain("marker");
  expect([...seen.workbook], "marker kinds read in workbooks").toEqual(expect.arrayContaining(["marker", "personal"]));
});

for (const file of files) {
  test(`${file.file}`, async ({ world }) => {
    test.setTimeout(180_000);
    const results: { account: string; url: string; status: number; leaks: string[]; mustRefuse: boolean; decoy: boolean }[] = [];
    await Promise.all(
      SCOPE_ACCOUNTS.map(async ({ username }) => {
        const viewer = world.viewers.get(username)!;
        const session = world.sessions.get(username)!;
        for (const u of await urlsFor(file, viewer, world)) {
          // A POST sends what the file reads as form fields; the URL keeps them for the record.
          const countyCode = new URLSearchParams(u.url.split("?")[1] ?? "").get("countyCode");
          const url = u.method === "POST" ? u.url.replace(/\?.*$/, "") : u.url;
          const { status, text } = await fetchAs(session, { ...u, url }, countyCode);
          const where = url.startsWith("/api/trpc/") ? url.slice("/api/trpc/".length).split("?")[0]! : file.file;
          const leaks = await leaksIn(world.planted.book, text, decodeURIComponent(u.url), viewer, where, world.counterpart);
          const mustRefuse = u.method === "GET" && u.places.some((p) => p.decoy && p.place && !isFilter(p.param) && disjoint(p.place, viewer.scopePath));
          results.push({ account: username, url: u.url, status, leaks: leaks.map((l) => l.what), mustRefuse, decoy: u.decoy });
        }
      }),
    );
    const leaks = results.flatMap((r) => r.leaks.map((what) => `${r.account} ${decodeURIComponent(r.url)}: ${what}`));
    const answered = results.filter((r) => r.mustRefuse && r.status === 200).map((r) => `${r.account} ${decodeURIComponent(r.url)}`);
    const ok = results.filter((r) => r.status === 200 && !r.decoy);
    console.log(`[scope] ${file.file}: ${results.length} requests, ${ok.length} answered 200, ${leaks.length} leaks`);
    expect.soft([...new Set(leaks)], "markers of records outside the account's scope").toEqual([]);
    expect.soft(answered, "URLs outside the scope that answered 200").toEqual([]);
    expect(ok.length, `no URL of ${file.file} answered 200: ${results.slice(0, 8).map((r) => `${r.account} ${r.url} ${r.status}`).join("; ")}`).toBeGreaterThan(0);
  });
}
