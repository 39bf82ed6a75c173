import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/**
 * Every main page, for the role that works on it, checked by axe in the page as the browser
 * drew it (desktop and phone): no violation that axe rates serious or critical. Each page is
 * checked on its own, so one report lists every page that fails, with what and where.
 */

const COUNTY = "410184";
const PREFECTURE = "410100";

type TViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

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

async function check(page: Page, label: string) {
  await settle(page);
  // axe marks label-content-name-mismatch experimental and leaves it off; it is the check for a
  // name that does not start with what the control shows (WCAG 2.5.3), so it runs here too.
  const results = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // The lesser findings do not fail the test but travel with its report.
  const lesser = results.violations.filter((v) => !serious.includes(v));
  if (lesser.length) await test.info().attach(`axe, moderate and minor: ${label}`, { body: describe(lesser), contentType: "text/plain" });
  expect.soft(serious.length, `${label} (${page.url()}):\n${describe(serious)}`).toBe(0);
}

async function visit(page: Page, label: string, url: string) {
  await test.step(label, async () => {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await check(page, label);
  });
}

/** Opens the first record of a list by its link, as a person would. */
async function openFirst(page: Page, label: string, listUrl: string, testId?: string) {
  await test.step(label, async () => {
    await page.goto(listUrl);
    const table = testId ? page.getByTestId(testId) : page.locator("table.list").first();
    await table.locator("tbody tr a").first().click();
    await expect(page).not.toHaveURL(listUrl);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(page, label);
  });
}

// Each test walks a role's pages in one session; a page is quick, a whole walk is not.
test("the sign-in page, signed out", async ({ page }) => {
  await visit(page, "sign-in", "/sign-in");
});

test("the county admin's pages", async ({ page }) => {
  test.setTimeout(600_000);
  await signInAs(page, "county-xinzheng");
  const c = `/county/${COUNTY}`;
  await visit(page, "county dashboard", c);
  await visit(page, "organisations", `${c}/orgs`);
  await openFirst(page, "organisation", `${c}/orgs`);
  await visit(page, "new organisation", `${c}/orgs/new`);
  await visit(page, "organisations import", `${c}/orgs/import`);
  await visit(page, "cadres", `${c}/cadres`);
  await openFirst(page, "cadre", `${c}/cadres`);
  await visit(page, "new cadre", `${c}/cadres/new`);
  await visit(page, "cadres import", `${c}/cadres/import`);
  await visit(page, "staffing standards", `${c}/cadres/standards`);
  await visit(page, "members", `${c}/members`);
  await openFirst(page, "member", `${c}/members`, "member-table");
  await visit(page, "new member", `${c}/members/new`);
  await visit(page, "members import", `${c}/members/import`);
  await visit(page, "coverage", `${c}/coverage`);
  await visit(page, "coverage import", `${c}/coverage/import?roster=schools`);
  await visit(page, "pipeline", `${c}/pipeline`);
  await visit(page, "statistics", `${c}/statistics`);
  await visit(page, "transfers", `${c}/transfers`);
  await visit(page, "password", "/account/password");
  await test.step("account menu, open", async () => {
    await page.getByRole("button", { name: /▾/ }).click();
    await expect(page.locator("#account-panel")).toBeVisible();
    await check(page, "account menu");
  });
});

test("the prefecture reviewer's pages", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, "reviewer-zhengzhou");
  await visit(page, "prefecture comparison", `/prefecture/${PREFECTURE}?period=2021`);
  await visit(page, "print view", `/prefecture/${PREFECTURE}/print?period=2021`);
  await visit(page, "indicator drill", `/county/${COUNTY}/indicators/P1?period=2021`);
  await visit(page, "county dashboard, read-only", `/county/${COUNTY}?period=2021`);
});

test("the administrator's pages", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, "admin");
  await visit(page, "home", "/");
  await visit(page, "settings", "/admin/settings");
  await visit(page, "accounts", "/admin/accounts");
  await visit(page, "sign-ins", "/admin/sign-ins");
});

test("pages in English", async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const english = { name: "tj-locale", value: "en", url: baseURL! };
  await context.addCookies([english]);
  await visit(page, "sign-in (en)", "/sign-in");
  await context.clearCookies();
  await signInAs(page, "county-xinzheng");
  await context.addCookies([english]);
  await visit(page, "county dashboard (en)", `/county/${COUNTY}`);
  await visit(page, "members (en)", `/county/${COUNTY}/members`);
  await visit(page, "new organisation (en)", `/county/${COUNTY}/orgs/new`);
  await context.clearCookies();
  await signInAs(page, "reviewer-zhengzhou");
  await context.addCookies([english]);
  await visit(page, "prefecture comparison (en)", `/prefecture/${PREFECTURE}?period=2021`);
});
