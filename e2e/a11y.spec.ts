import AxeBuilder from "@axe-core/playwright";
import { devices, type BrowserContext, type Page } from "@playwright/test";
import { expect, signedIn, test, type TAccount } from "./fixtures";

/**
 * Every main page, for the role that works on it, checked by axe in the page as the browser
 * drew it, on a desktop screen and then, in the same page, on a phone's (the Pixel 7's viewport:
 * the layout's breakpoints follow the width): no violation that axe rates serious or critical.
 * Each page is a test of its own, in the saved session of its role, so the workers share the
 * pages out and one report lists every page that fails, with what and where.
 */

const COUNTY = "410184";
const PREFECTURE = "410100";

type TViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/**
 * Next prefetches the page behind every link in view, a render on the server for each (dozens on
 * a list): nothing axe reads, and the network would not be idle until they were all done. The
 * link a test follows is fetched when it is followed, as without the prefetch.
 */
async function withoutPrefetch(context: BrowserContext) {
  await context.route(/[?&]_rsc=/, (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback()));
}

/** Waits for the page's data (the list, the cards, the form's options) before axe reads it. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await expect(page.getByText(/^(加载中…|Loading…)$/)).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

function describe(violations: TViolation[]) {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s)`,
        ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(" ")}\n      ${n.html.slice(0, 200)}`),
        ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
      ].join("\n"),
    )
    .join("\n");
}

/** The phone the layout is checked on: the one the phone project of playwright.config.ts emulates. */
const PHONE = devices["Pixel 7"].viewport;

/** Axe on the page as drawn on a desktop screen, then on a phone's. */
async function check(page: Page, label: string) {
  await settle(page);
  await checkNow(page, `${label}, desktop`);
  await page.setViewportSize(PHONE);
  // The layout follows at once; the charts redraw at their new width when they notice the resize.
  await page.waitForFunction((width) => [...document.querySelectorAll(".recharts-surface")].every((s) => s.getBoundingClientRect().width <= width), PHONE.width);
  await checkNow(page, `${label}, phone`);
}

async function checkNow(page: Page, label: string) {
  // axe marks label-content-name-mismatch experimental and leaves it off; it is the check for a
  // name that does not start with what the control shows (WCAG 2.5.3), so it runs here too.
  // Legacy mode runs axe in the page itself; the default runs it in parts and joins them in a
  // new page, seconds more per check, for frames the app does not have.
  // Only violations are read: axe then keeps one node of each passed or inapplicable rule
  // instead of every node, and a large page's check takes a quarter of the time.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"], rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // The lesser findings do not fail the test but travel with its report.
  const lesser = results.violations.filter((v) => !serious.includes(v));
  if (lesser.length) await test.info().attach(`axe, moderate and minor: ${label}`, { body: describe(lesser), contentType: "text/plain" });
  expect(serious.length, `${label} (${page.url()}):\n${describe(serious)}`).toBe(0);
}

async function visit(page: Page, label: string, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await check(page, label);
}

/** Opens the first record of a list by its link, as a person would. */
async function openFirst(page: Page, label: string, listUrl: string, testId?: string) {
  await page.goto(listUrl);
  const table = testId ? page.getByTestId(testId) : page.locator("table.list").first();
  await table.locator("tbody tr a").first().click();
  await expect(page).not.toHaveURL(listUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await check(page, label);
}

/** A page to check: its address, or the list whose first record is opened. */
type TPage = { url: string } | { first: string; testId?: string };

const c = `/county/${COUNTY}`;
const ROLES: { role: string; account: TAccount; english?: boolean; pages: Record<string, TPage> }[] = [
  {
    role: "the county admin",
    account: "county-xinzheng",
    pages: {
      "county dashboard": { url: c },
      organisations: { url: `${c}/orgs` },
      organisation: { first: `${c}/orgs` },
      "new organisation": { url: `${c}/orgs/new` },
      "organisations import": { url: `${c}/orgs/import` },
      cadres: { url: `${c}/cadres` },
      cadre: { first: `${c}/cadres` },
      "new cadre": { url: `${c}/cadres/new` },
      "cadres import": { url: `${c}/cadres/import` },
      "staffing standards": { url: `${c}/cadres/standards` },
      members: { url: `${c}/members` },
      member: { first: `${c}/members`, testId: "member-table" },
      "new member": { url: `${c}/members/new` },
      "members import": { url: `${c}/members/import` },
      coverage: { url: `${c}/coverage` },
      "coverage import": { url: `${c}/coverage/import?roster=schools` },
      pipeline: { url: `${c}/pipeline` },
      statistics: { url: `${c}/statistics` },
      transfers: { url: `${c}/transfers` },
      password: { url: "/account/password" },
    },
  },
  {
    role: "the prefecture reviewer",
    account: "reviewer-zhengzhou",
    pages: {
      "prefecture comparison": { url: `/prefecture/${PREFECTURE}?period=2021` },
      "print view": { url: `/prefecture/${PREFECTURE}/print?period=2021` },
      "indicator drill": { url: `${c}/indicators/P1?period=2021` },
      "county dashboard, read-only": { url: `${c}?period=2021` },
    },
  },
  {
    role: "the administrator",
    account: "admin",
    pages: { home: { url: "/" }, settings: { url: "/admin/settings" }, accounts: { url: "/admin/accounts" }, "sign-ins": { url: "/admin/sign-ins" } },
  },
  {
    role: "the county admin, in English",
    account: "county-xinzheng",
    english: true,
    pages: { "county dashboard (en)": { url: c }, "members (en)": { url: `${c}/members` }, "new organisation (en)": { url: `${c}/orgs/new` } },
  },
  {
    role: "the prefecture reviewer, in English",
    account: "reviewer-zhengzhou",
    english: true,
    pages: { "prefecture comparison (en)": { url: `/prefecture/${PREFECTURE}?period=2021` } },
  },
];

const english = (baseURL: string) => ({ name: "tj-locale", value: "en", url: baseURL });

test.describe("axe", () => {
  // Two checks of one page: a large page (the comparison of every county) takes its time twice.
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ context }) => withoutPrefetch(context));

  test("the sign-in page, signed out", async ({ page }) => {
    await visit(page, "sign-in", "/sign-in");
  });

  test("the sign-in page in English, signed out", async ({ page, context, baseURL }) => {
    await context.addCookies([english(baseURL!)]);
    await visit(page, "sign-in (en)", "/sign-in");
  });

  for (const { role, account, english: inEnglish, pages } of ROLES) {
    test.describe(role, () => {
      test.use({ storageState: signedIn(account) });
      if (inEnglish) test.beforeEach(async ({ context, baseURL }) => context.addCookies([english(baseURL!)]));
      for (const [label, target] of Object.entries(pages)) {
        test(label, async ({ page }) => {
          if ("url" in target) await visit(page, label, target.url);
          else await openFirst(page, label, target.first, target.testId);
        });
      }
    });
  }

  test.describe("the county admin", () => {
    test.use({ storageState: signedIn("county-xinzheng") });
    test("account menu, open", async ({ page }) => {
      const response = await page.goto("/account/password");
      expect(response?.status()).toBe(200);
      await page.getByRole("button", { name: /▾/ }).click();
      await expect(page.locator("#account-panel")).toBeVisible();
      await check(page, "account menu");
    });
  });
});
