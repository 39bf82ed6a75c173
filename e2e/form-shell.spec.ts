import { expect, signedIn, test } from "./fixtures";

test.describe("a county admin's form", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("with changes not yet saved asks before a link takes the user away", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/county/410184/members/new");
    await page.getByLabel("姓名").fill("张未存");
    const asked: string[] = [];
    page.once("dialog", (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole("navigation", { name: "新郑市" }).getByRole("link", { name: "团员" }).click();
    await expect.poll(() => asked).toEqual(["有修改尚未保存，确定离开吗？"]);
    await expect(page).toHaveURL(/\/members\/new$/);
    await expect(page.getByLabel("姓名")).toHaveValue("张未存");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("navigation", { name: "新郑市" }).getByRole("link", { name: "团员" }).click();
    await expect(page).toHaveURL(/\/members$/);
  });
});

test.describe("an administrator's settings", () => {
  test.use({ storageState: signedIn("admin") });

  test("a save is confirmed by a toast", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/admin/settings");
    const row = page.locator("form").filter({ has: page.getByLabel("关系转接审批时限（天）") });
    await row.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
  });
});
