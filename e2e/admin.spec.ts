import { expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("admin") });

test("an administrator's indicator thresholds are checked beside each field before saving", async ({ page }) => {
  await page.goto("/admin/settings");
  const p1 = page.getByTestId("threshold-P1");
  await p1.getByLabel("达标（绿）≥").fill("0.5");
  await p1.getByLabel("接近（黄）≥").fill("0.9");
  await p1.getByRole("button", { name: "保存" }).click();
  await expect(p1.getByText("“接近”阈值不能高于“达标”阈值。")).toBeVisible();
  await p1.getByLabel("达标（绿）≥").fill("2");
  await p1.getByRole("button", { name: "保存" }).click();
  await expect(p1.getByText("请输入 0 到 1 之间的比例")).toBeVisible();
  // Blank keeps the catalogue's defaults; what was typed stays until it is saved.
  await expect(p1.getByLabel("接近（黄）≥")).toHaveValue("0.9");
  await p1.getByLabel("达标（绿）≥").fill("");
  await p1.getByLabel("接近（黄）≥").fill("");
  await p1.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("threshold-P1").getByRole("status")).toHaveText("已保存。");
});
