import { expect, signedIn, switchTo, test } from "./fixtures";
import { Picker } from "./pages/picker";

test.use({ storageState: signedIn("county-xinzheng") });

test("a transfer started by 新郑市 and accepted by 衡阳县's admin moves the member and shows in both histories", { tag: "@phone" }, async ({ page, context }, info) => {
  // A member of 新郑市 to move: a social-category member on the roster, the first for the
  // desktop and the second for the phone, which runs at the same time and must not take the same.
  await page.goto("/county/410184/members?category=SOCIAL");
  const link = page.getByTestId("member-table").locator("tbody a").nth(info.project.name === "phone" ? 1 : 0);
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/members\//);
  const memberUrl = page.url();
  const number = (await page.locator("h1 .muted").textContent())!.trim();

  await new Picker(page, "转入组织").pick("梅花镇");
  await page.getByLabel("说明").fill("外出务工");
  await page.getByRole("button", { name: "提交转接申请" }).click();
  await expect(page.getByText("已提交转接申请，等待转入方同意接收。")).toBeVisible();
  await expect(page.getByTestId("history")).toContainText("关系转接");

  await switchTo(context, "county-hengyang");
  await page.goto("/county/430421/transfers");
  const row = page.getByTestId("incoming").locator("tr", { hasText: number });
  await expect(row).toContainText("待转入方同意接收");
  // Until it completes the receiving side sees part of the name only.
  await expect(row).not.toContainText(name);
  await row.getByRole("button", { name: "同意接收" }).click();
  await expect(row).toContainText("已完成转接");
  await expect(row).toContainText(name);

  await page.goto(`/county/430421/members?q=${number}`);
  await expect(page.getByTestId("member-table")).toContainText(name);
  await page.goto(memberUrl);
  await expect(page.getByTestId("history")).toContainText("关系转接");
  await expect(page.getByTestId("history")).toContainText("梅花镇");

  // The sending county keeps the record of it, and no longer holds the member.
  await switchTo(context, "county-xinzheng");
  await page.goto("/county/410184/transfers");
  await page.getByRole("button", { name: "从本县转出" }).click();
  await expect(page.getByTestId("outgoing").locator("tr", { hasText: number })).toContainText("已完成转接");
  const response = await page.goto(memberUrl);
  expect(response?.status()).toBe(404);
});
