import { expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("admin") });

/** A year no figure of the demo data reads, so saving there moves nothing another test sees. */
const YEAR = "2098";

test("an administrator edits the rating scale and the team standards, cell by cell, with each mistake named", async ({ page }) => {
  await page.goto("/admin/settings");
  await page.getByLabel("自哪一年起执行").fill(YEAR);
  await page.getByRole("button", { name: "查看" }).click();

  const scale = page.getByTestId("setting-ratingScale");
  await expect(scale.getByLabel("五星")).toHaveValue("90");
  await scale.getByLabel("四星").fill("abc");
  await scale.getByRole("button", { name: "保存" }).click();
  await expect(scale.getByText("请输入数字。")).toBeVisible();
  await expect(scale.getByLabel("四星")).toHaveAttribute("aria-invalid", "true");
  await scale.getByLabel("四星").fill("95");
  await scale.getByRole("button", { name: "保存" }).click();
  await expect(scale.getByText("每一项须小于前一项。")).toBeVisible();
  // What was typed stays until it is put right.
  await expect(scale.getByLabel("四星")).toHaveValue("95");
  await scale.getByLabel("四星").fill("85");
  await scale.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("toasts")).toContainText("已保存");

  const team = page.getByTestId("setting-teamStandards");
  await team.getByLabel("乡镇团（工）委 副书记 上限").fill("0");
  await team.getByRole("button", { name: "保存" }).click();
  await expect(team.getByText("上限不能小于下限。")).toBeVisible();

  // The saved scale is what the year now holds, read afresh.
  await page.reload();
  await page.getByLabel("自哪一年起执行").fill(YEAR);
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByTestId("setting-ratingScale").getByLabel("四星")).toHaveValue("85");

  // A province without a value of its own shows the national one; it is chosen by typing its name.
  // (The settings tests give 新疆 values of its own from 2030 on.)
  await page.getByRole("combobox", { name: "适用范围" }).fill("湖南");
  await page.getByRole("option", { name: /湖南省/ }).click();
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByTestId("setting-ratingScale").getByLabel("四星")).toHaveValue("85");
});
