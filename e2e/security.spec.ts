/**
 * What the server does before any page or procedure: security headers with a per-request script
 * nonce the pages run under without violations, refusal of requests another site makes with the
 * user's cookie, no caching of personal data, and the not-found page for malformed addresses.
 */
import { expect, signedIn, switchTo, test } from "./fixtures";

const HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
};

test("pages carry the security headers and run under the policy without a violation", async ({ page, context }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  const signIn = await page.goto("/sign-in");
  const h = signIn!.headers();
  for (const [k, v] of Object.entries(HEADERS)) expect(h[k], k).toBe(v);
  const csp = h["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  // The nonce is fresh for every request.
  const again = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  await switchTo(context, "county-xinzheng");
  // A page with charts (inline styles) and a record page with personal data.
  await page.goto("/county/410184");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const member = await page.request.get("/county/410184/members");
  expect(member.headers()["cache-control"]).toContain("no-store");
  await page.goto("/county/410184/members");
  await page.locator('a[href^="/members/"]').first().click();
  await expect(page).toHaveURL(/\/members\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const record = await page.request.get(page.url());
  expect(record.headers()["cache-control"]).toContain("no-store");
  expect(violations).toEqual([]);
});

test.describe("as the county admin of 新郑市", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("a request another site makes with the user's cookie is refused; the app's own go through", async ({ page }) => {
    await page.goto("/county/410184");
    const body = { json: { name: "跨站创建的团支部", type: "BRANCH", domain: "RURAL", setupMode: null, regionId: "x", parentId: null, foundedOn: null, termStartedOn: null, note: "", quota: null } };
    const evil = await page.request.post("/api/trpc/org.create", { data: body, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(evil.status()).toBe(403);
    expect(await evil.json()).toEqual({ error: "common.crossSite" });
    // Without Sec-Fetch-Site (older browsers) the Origin alone decides.
    expect((await page.request.post("/api/trpc/org.create", { data: body, headers: { origin: "https://evil.example" } })).status()).toBe(403);
    // The same call from the app itself reaches the procedure, which judges the input.
    const own = await page.request.post("/api/trpc/org.create", { data: body, headers: { origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" } });
    expect(own.status()).not.toBe(403);

    const upload = await page.request.post("/api/import/members", { multipart: { countyCode: "410184" }, headers: { origin: "https://evil.example" } });
    expect(upload.status()).toBe(403);

    // An export opened by a link or an image on another site, against one typed or clicked here.
    const exportUrl = "/api/export/members?countyCode=410184";
    expect((await page.request.get(exportUrl, { headers: { "sec-fetch-site": "cross-site" } })).status()).toBe(403);
    expect((await page.request.get(exportUrl, { headers: { "sec-fetch-site": "same-site" } })).status()).toBe(403);
    const mine = await page.request.get(exportUrl, { headers: { "sec-fetch-site": "same-origin" } });
    expect(mine.status()).toBe(200);
    expect(mine.headers()["cache-control"]).toContain("no-store");
    expect((await page.request.get(exportUrl, { headers: { "sec-fetch-site": "none" } })).status()).toBe(200);
  });

  test("a procedure call larger than the API reads is refused before it is parsed", async ({ page }) => {
    await page.goto("/county/410184");
    const origin = new URL(page.url()).origin;
    const big = { json: { name: "x".repeat(2 * 1024 * 1024) } };
    const refused = await page.request.post("/api/trpc/org.create", { data: big, headers: { origin, "sec-fetch-site": "same-origin" } });
    expect(refused.status()).toBe(413);
    expect(await refused.json()).toEqual({ error: "common.tooLarge" });
    // A call of ordinary size still reaches the procedure.
    const listed = await page.request.get(`/api/trpc/me.get`, { headers: { "sec-fetch-site": "same-origin" } });
    expect(listed.status()).toBe(200);
  });

  test("malformed addresses show the not-found page, never an error", async ({ page }) => {
    const urls = [
      "/members/%00",
      "/members/x%27%20OR%201=1--",
      `/members/${"a".repeat(300)}`,
      "/orgs/%F0%9F%98%80",
      "/cadres/%ED%A0%80",
      "/county/abc",
      "/county/%00/members",
      "/county/999999/orgs",
      "/county/4101840/members",
      "/county/410184/indicators/ZZ",
      "/county/410184/indicators/%00",
      "/prefecture/abc",
      "/prefecture/%00/print",
    ];
    for (const url of urls) {
      const res = await page.goto(url);
      expect(res!.status(), url).toBe(404);
      await expect(page.getByRole("alert").filter({ hasText: "未找到" }), url).toBeVisible();
    }
    // Route handlers answer malformed parameters with a refusal, not a 500.
    for (const url of ["/api/export/members?countyCode=%00", "/api/export/compare?prefectureCode=410100&period=2021&asOf=2021-02-30", "/api/export/nothing", "/api/export/constructor", "/api/import/nothing/template", "/api/import/constructor/template", "/api/import/toString/template"]) {
      const res = await page.request.get(url, { headers: { "sec-fetch-site": "same-origin" } });
      expect(res.status(), url).toBeGreaterThanOrEqual(400);
      expect(res.status(), url).toBeLessThan(500);
    }
    // A roster named after what every object inherits is no roster.
    const inherited = await page.request.post("/api/import/constructor", { multipart: { countyCode: "410184" }, headers: { origin: new URL(page.url()).origin } });
    expect(inherited.status()).toBe(404);
  });
});
