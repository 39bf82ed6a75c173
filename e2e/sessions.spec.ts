import { request as playwrightRequest } from "@playwright/test";
import { SignInPage, THROWAWAY_PASSWORD as PASSWORD, expect, signInAs, switchTo, test, throwawayAccount } from "./fixtures";

/** Each test's failures come from an address of its own, as behind a trusted proxy. */
const address = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

test("signing out ends the session on the server: the old cookie replayed is refused", async ({ page, context, baseURL }) => {
  await signInAs(page, await throwawayAccount(), PASSWORD);
  expect((await page.request.get("/api/trpc/me.get")).status()).toBe(200);
  // The browser's view of the session names the user but never the server's session id.
  const session = (await (await page.request.get("/api/auth/session")).json()) as Record<string, unknown>;
  expect(session.userId).toEqual(expect.any(String));
  expect(session).not.toHaveProperty("sid");
  const saved = await context.storageState();
  await page.getByRole("button", { name: /▾/ }).click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const replay = await playwrightRequest.newContext({ baseURL, storageState: saved });
  try {
    const res = await replay.get("/api/trpc/me.get");
    expect(res.status()).toBe(401);
    const page2 = await replay.get("/county/410184", { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(page2.status());
  } finally {
    await replay.dispose();
  }
});

test("a locked account is told so plainly; an administrator sees the log and unlocks it", async ({ page, context }) => {
  // One wrong password short of the lock (10 by default).
  const username = await throwawayAccount(9);
  await context.setExtraHTTPHeaders({ "x-forwarded-for": address() });
  const signIn = new SignInPage(page);
  await signIn.goto();
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  await signIn.signIn(username, "wrong-password");
  await expect(message).toHaveText(/^账号已锁定，请于 (\d{2}-\d{2} )?\d{2}:\d{2} 后重试或联系管理员。$/);
  // The right password does not open it either.
  await signIn.signIn(username, PASSWORD);
  await expect(message).toHaveText(/^账号已锁定，请于 (\d{2}-\d{2} )?\d{2}:\d{2} 后重试或联系管理员。$/);
  await expect(page).toHaveURL(/\/sign-in/);

  await context.setExtraHTTPHeaders({});
  await switchTo(context, "admin");
  await page.goto("/");
  await page.getByRole("link", { name: "登录日志" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-ins/);
  await page.getByLabel("用户名").fill(username);
  const rows = page.getByTestId("sign-in-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("账号已锁定");
  await expect(rows.nth(1)).toContainText("密码错误");
  await page.getByLabel("结果").selectOption("locked");
  await expect(rows).toHaveCount(1);

  await page.getByRole("link", { name: "账号管理" }).click();
  await page.getByLabel("用户名或姓名").fill(username);
  const row = page.getByTestId(`account-${username}`);
  await expect(row).toContainText("已锁定至");
  await row.getByRole("button", { name: "解锁" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已解锁" })).toBeVisible();
  await expect(row).toContainText("正常");

  await context.clearCookies();
  await signIn.goto();
  await signIn.signIn(username, PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
});

test("a user changes their own password; the policy's refusals show beside the field", async ({ page, context }) => {
  const username = await throwawayAccount();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": address() });
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(username, PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: /▾/ }).click();
  await page.getByRole("link", { name: "修改密码" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("修改密码");
  const fill = async (current: string, next: string, repeat = next) => {
    await page.getByLabel("当前密码").fill(current);
    await page.getByLabel("新密码", { exact: true }).fill(next);
    await page.getByLabel("再次输入新密码").fill(repeat);
    await page.getByRole("button", { name: "修改密码" }).click();
  };
  await fill("not-the-password", "Brisk-Harbour-93");
  await expect(page.getByText("当前密码不正确。")).toBeVisible();
  await fill(PASSWORD, "password2024!");
  await expect(page.getByText("该密码过于常见，容易被猜中，请换一个。")).toBeVisible();
  await fill(PASSWORD, "Brisk-Harbour-93", "Brisk-Harbour-39");
  await expect(page.getByText("两次输入的新密码不一致。")).toBeVisible();
  await fill(PASSWORD, "Brisk-Harbour-93");
  await expect(page.getByRole("status").filter({ hasText: "密码已修改" })).toBeVisible();

  await context.clearCookies();
  await signIn.goto();
  await signIn.signIn(username, "Brisk-Harbour-93");
  await expect(page).not.toHaveURL(/\/sign-in/);
});
