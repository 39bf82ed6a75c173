import { DEMO_ACCOUNTS, SignInPage, THROWAWAY_PASSWORD, expect, signInAs, signedIn, test, throwawayAccount } from "./fixtures";

// Every demo account, each in a test of its own so that the workers share them.
for (const [username, expected] of Object.entries(DEMO_ACCOUNTS)) {
  test(`demo account ${username} signs in and its menu shows role and scope`, async ({ page }) => {
    await signInAs(page, username);
    await page.getByRole("button", { name: /▾/ }).click();
    await expect(page.getByTestId("account-role")).toHaveText(expected.role);
    await expect(page.getByTestId("account-scope")).toHaveText(expected.scope);
  });
}

test("wrong and unknown credentials get the same generic message", async ({ page, context }) => {
  // Failures from an address of their own, so the address the other tests sign in from is not slowed.
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` });
  const signIn = new SignInPage(page);
  await signIn.goto();
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  await signIn.signIn("county-xinzheng", "wrong-password");
  await expect(message).toHaveText("用户名或密码不正确。");
  await signIn.signIn("nobody-here", "whatever");
  await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
  await expect(message).toHaveText("用户名或密码不正确。");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signed-out visitors are sent to sign in; sign-out works", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/county/410184");
  await expect(page).toHaveURL(/\/sign-in/);
  // Signing out ends the session on the server: an account of its own, not a shared demo one.
  await signInAs(page, await throwawayAccount(), THROWAWAY_PASSWORD);
  await page.getByRole("button", { name: /▾/ }).click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/county/410184");
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("as the county admin of 衡阳县", () => {
  test.use({ storageState: signedIn("county-hengyang") });
  test("the interface switches to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("衡阳县: indicators");
    await expect(page.getByTestId("kpi-C1")).toContainText("Village coverage");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("衡阳县 指标看板");
  });
});
