import { yearInBeijing } from "../lib/time";
import { expect, signedIn, test } from "./fixtures";
import { CountyDashboard } from "./pages/county-dashboard";
import { NewOrgPage } from "./pages/org-form";

test.use({ storageState: signedIn("county-xinzheng") });

test("a county admin of 新郑市 adds a branch in a village that had none, and C1 rises by one", { tag: "@phone" }, async ({ page, exclusive }) => {
  // A county admin lands on the county's dashboard.
  await page.goto("/");
  await expect(page).toHaveURL(/\/county\/410184$/);
  // The same test for the other screen adds a branch too: one at a time, each sees its own.
  await exclusive("C1 of 410184");
  // A branch founded today counts from today: this year's figure rises, earlier ones do not.
  const thisYear = yearInBeijing();
  const dashboard = new CountyDashboard(page);
  await dashboard.goto("410184", thisYear);
  const before = await dashboard.c1();
  expect(before.denominator).toBe(300);

  const form = new NewOrgPage(page);
  await form.goto("410184");
  const village = await form.chooseUncoveredPlace();
  // Choosing a village suggests the branch's name.
  await expect(page.getByLabel("组织名称")).toHaveValue(`${village}团支部`);
  await form.save();
  await expect(page.getByRole("status").filter({ hasText: "已创建" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${village}团支部`);
  await expect(page.getByTestId("history")).toContainText("新郑市团市委");
  // The history reads in words, not stored codes.
  await expect(page.getByTestId("history")).toContainText("正常运行");
  await expect(page.getByTestId("history")).not.toContainText("ACTIVE");

  await dashboard.goto("410184", thisYear);
  await expect(page.getByTestId("kpi-C1").getByTestId("kpi-numerator")).toHaveText(String(before.numerator + 1));
  expect((await dashboard.c1()).denominator).toBe(before.denominator);
});

test("invalid input is explained beside the field and nothing is lost", async ({ page }) => {
  const form = new NewOrgPage(page);
  await form.goto("410184");
  await page.getByLabel("组织名称").fill("团");
  await page.getByLabel("备注").fill("现场补录");
  await form.save();
  await expect(page.getByText("名称至少 2 个字。")).toBeVisible();
  await expect(page.getByText("必填。")).toBeVisible();
  await expect(page.getByLabel("备注")).toHaveValue("现场补录");
  await expect(page).toHaveURL(/\/orgs\/new$/);
});

test("the roster filters and pages on the server", async ({ page }) => {
  await page.goto("/county/410184/orgs");
  await expect(page.getByRole("status").filter({ hasText: "第 1 /" })).toBeVisible();
  await page.getByLabel("按名称搜索").fill("龙湖镇");
  await expect(page).toHaveURL(/q=/);
  const rows = page.locator("table.list tbody tr");
  await expect(rows.first()).toContainText("龙湖镇");
  await page.getByLabel("类型").selectOption("COMMITTEE");
  await expect(rows).toHaveCount(1);
});

test("every page the county navigation offers answers", async ({ page }) => {
  await page.goto("/county/410184");
  const hrefs = await page.getByRole("navigation", { name: "新郑市" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThanOrEqual(9);
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).or(page.getByTestId("indicator-cards")).first(), href).toBeVisible();
  }
});

test("the county admin sets the reform baseline year, checked beside the field", async ({ page }) => {
  await page.goto("/county/410184?period=2021");
  const field = page.getByLabel("改革基准年（改革前的年份）");
  await field.fill("19");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请输入有效年份。")).toBeVisible();
  await expect(field).toHaveValue("19");
  await field.fill("2020");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  await expect(page.getByTestId("baseline-S1")).toContainText("7 → 17");
});
