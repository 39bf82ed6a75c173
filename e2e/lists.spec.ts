import { expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("county-xinzheng") });

const ORGS = "/county/410184/orgs";

/** The names in the key column of the list on screen, in order. */
const names = (page: import("@playwright/test").Page) => page.getByTestId("org-table").locator("tbody td.key").allInnerTexts();

test("a roster sorts on the server, keeps filter and sort in the address, and prints and exports them", { tag: "@phone" }, async ({ page, isMobile }) => {
  await page.goto(`${ORGS}?type=BRANCH`);
  const table = page.getByTestId("org-table");
  await expect(table.locator("tbody tr")).toHaveCount(20);
  const own = await names(page);

  if (isMobile) {
    // On a phone the rows are cards under their name and a select sorts.
    await expect(table.locator("thead")).toBeHidden();
    await expect(table.locator("tbody td.key").first()).toBeVisible();
    await page.getByLabel("排序").selectOption({ label: "名称 降序" });
  } else {
    await expect(page.locator(".list-sort")).toBeHidden();
    const header = table.getByRole("columnheader", { name: /名称/ });
    await header.getByRole("button").click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
  }
  await expect(page).toHaveURL(/sort=name&dir=desc|dir=desc.*sort=name/);
  await expect(table).not.toHaveAttribute("aria-busy", "true");
  const sorted = await names(page);
  expect(sorted).not.toEqual(own);

  // The second page goes on from the first in the same order, and a reload keeps both.
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table).not.toHaveAttribute("aria-busy", "true");
  const second = await names(page);
  expect(second.some((n) => sorted.includes(n))).toBe(false);
  await page.reload();
  await expect(table.locator("tbody td.key").first()).toHaveText(second[0]!);

  // Export and print carry the filter and the sort, not the page.
  const exportHref = await page.getByRole("link", { name: "导出 Excel" }).getAttribute("href");
  expect(exportHref).toMatch(/type=BRANCH/);
  expect(exportHref).toMatch(/sort=name/);
  expect(exportHref).toMatch(/dir=desc/);
  expect(exportHref).not.toMatch(/page=/);
  await page.getByRole("link", { name: "打印" }).click();
  await expect(page).toHaveURL(/\/county\/410184\/print\/orgs\?/);
  const printed = page.getByTestId("print-table").locator("tbody tr td:first-child");
  await expect(printed.first()).toHaveText(sorted[0]!);
  expect((await printed.allInnerTexts()).slice(0, 40)).toEqual([...sorted, ...second]);
  await expect(page.getByText(/新郑市 · 团组织 · 共 \d+ 条/)).toBeVisible();
  await page.getByRole("link", { name: "返回列表" }).click();
  await expect(page).toHaveURL(/\/county\/410184\/orgs\?.*sort=name/);
});

test("a sort or filter the list does not know is refused, not obeyed", async ({ page }) => {
  const print = await page.goto("/county/410184/print/orgs?sort=id");
  expect(print?.status()).toBe(404);
  const response = await page.request.get("/api/export/orgs?countyCode=410184&sort=passwordHash");
  expect(response.status()).toBe(400);
  // The list itself ignores an unknown sort in the address and shows its own order.
  await page.goto(`${ORGS}?sort=passwordHash`);
  await expect(page.getByTestId("org-table").locator("tbody tr")).toHaveCount(20);
});

test("coverage units are paged and searched on the server", async ({ page }) => {
  await page.goto("/county/410184/coverage?kind=school");
  const table = page.getByTestId("units-table");
  await expect(table.locator("tbody tr")).toHaveCount(39);
  await expect(page.getByText("第 1 / 1 页，共 39 条")).toBeVisible();
  await page.getByLabel("搜索").fill("%");
  await expect(page.getByText("暂无")).toBeVisible();
  await page.getByLabel("搜索").fill("");
  await expect(table.locator("tbody tr")).toHaveCount(39);
});

test("the transfer board's export and print carry its side and sort", async ({ page }) => {
  await page.goto("/county/410184/transfers?side=out&sort=status&dir=desc");
  const exportHref = (await page.getByRole("link", { name: "导出 Excel" }).getAttribute("href"))!;
  expect(exportHref).toMatch(/^\/api\/export\/transfers\?/);
  for (const part of ["countyCode=410184", "side=out", "sort=status", "dir=desc"]) expect(exportHref).toContain(part);
  expect((await page.request.get(exportHref)).status()).toBe(200);
  await page.getByRole("link", { name: "打印" }).click();
  await expect(page).toHaveURL(/\/county\/410184\/print\/transfers\?side=out&sort=status&dir=desc$/);
  await expect(page.getByRole("heading", { name: "新郑市 团员关系转接（从本县转出）" })).toBeVisible();
  await expect(page.getByTestId("print-table").getByRole("columnheader", { name: "发展团员编号" })).toBeVisible();
});

test("an administrator's list neither exports nor prints for a county committee", async ({ page }) => {
  expect((await page.request.get("/api/export/signIns")).status()).toBe(403);
  await page.goto("/admin/print/signIns");
  const refusal = page.getByRole("alert").filter({ hasText: "您的角色无权执行此操作。" });
  await expect(refusal).toBeVisible();
  await expect(page.getByTestId("print-table")).toHaveCount(0);
  // The way on is the user's own home.
  await refusal.getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL(/\/county\/410184$/);
});

test.describe("an administrator's list", () => {
  test.use({ storageState: signedIn("admin") });

  test("prints and exports the accounts in the sort chosen on screen, on white, under no county", async ({ page }) => {
    await page.goto("/admin/accounts?q=county-");
    const table = page.getByTestId("account-table");
    const header = table.getByRole("columnheader", { name: /用户名/ });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(table).not.toHaveAttribute("aria-busy", "true");
    const shown = await table.locator("tbody td.key strong").allInnerTexts();
    expect(shown.indexOf("county-xinzheng")).toBeLessThan(shown.indexOf("county-hengyang"));

    const exportHref = (await page.getByRole("link", { name: "导出 Excel" }).getAttribute("href"))!;
    expect(exportHref).toMatch(/^\/api\/export\/accounts\?/);
    for (const part of ["q=county-", "sort=username", "dir=desc"]) expect(exportHref).toContain(part);
    expect(exportHref).not.toContain("countyCode");
    await page.getByRole("link", { name: "打印" }).click();
    await expect(page).toHaveURL(/\/admin\/print\/accounts\?.*sort=username/);
    const printed = page.getByTestId("print-table").locator("tbody tr td:first-child");
    await expect(printed.first()).toHaveText(shown[0]!);
    expect(await printed.allInnerTexts()).toEqual(shown);
    await page.emulateMedia({ media: "print" });
    const backgrounds = await page.evaluate(() => [document.documentElement, document.body].map((e) => getComputedStyle(e).backgroundColor));
    expect(backgrounds).toEqual(["rgb(255, 255, 255)", "rgb(255, 255, 255)"]);
    await expect(page.getByRole("navigation", { name: "系统管理" })).toBeHidden();
  });
});
