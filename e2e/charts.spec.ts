import { expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("county-xinzheng") });

test("the coverage chart names every township in full, shows each value, and offers the data as a table", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/county/410184");
  const chart = page.locator("figure").filter({ has: page.getByText("各乡镇覆盖情况", { exact: true }) });
  await expect(chart.locator("svg").first()).toBeVisible();
  await chart.getByText("以表格查看数据").click();
  const rows = chart.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();
  const names = await rows.locator("th").allInnerTexts();
  expect(names.length).toBeGreaterThan(5);
  // Every township the table lists is named on the chart itself, on a phone as on a desktop.
  const labels = await chart.locator("svg .recharts-cartesian-axis-tick-value").allTextContents();
  for (const name of names) expect(labels).toContain(name);
  // Each bar carries its value.
  const values = await chart.locator("svg .recharts-label-list text, svg .recharts-label").allTextContents();
  expect(values.length).toBeGreaterThanOrEqual(names.length);
});
