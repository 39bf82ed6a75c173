import pg from "pg";
import { expect, signInAs, test } from "./fixtures";

/** A member of 龙湖镇 (the township cadre's township) with an ID number and a phone on record. */
async function longhuMember() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: string; idNumber: string; phone: string }>(
    `SELECT m.id, m."idNumber", m.phone FROM "Member" m JOIN "Organisation" o ON o.id = m."organisationId" JOIN "Region" r ON r.id = o."regionId"
      WHERE r.path LIKE '%/410184009000/%' AND m.status = 'ACTIVE' AND m."idNumber" IS NOT NULL AND m.phone IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "MemberTransfer" t WHERE t."memberId" = m.id)
      ORDER BY m.id DESC LIMIT 2`,
  );
  await client.end();
  return rows;
}

test("a township cadre saves a member without seeing the ID number or phone, and both stay as they were", async ({ page, context }, info) => {
  const member = (await longhuMember())[info.project.name === "phone" ? 1 : 0]!;
  await signInAs(page, "township-xinzheng");
  await page.goto(`/members/${member.id}`);
  const idField = page.getByLabel("身份证号");
  await expect(idField).toHaveValue("");
  await expect(page.getByText(/留空则保留原值/).first()).toBeVisible();
  await page.getByLabel("姓名").fill("外勤改名");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  await context.clearCookies();
  await signInAs(page, "county-xinzheng");
  await page.goto(`/members/${member.id}`);
  await expect(page.getByLabel("姓名")).toHaveValue("外勤改名");
  await expect(page.getByLabel("身份证号")).toHaveValue(member.idNumber);
  await expect(page.getByLabel("手机号")).toHaveValue(member.phone);
});

test("托克逊县's 2022 funnel reads 131 → 38 → 38 → 15 on its card", async ({ page }) => {
  await signInAs(page, "county-toksun");
  await page.goto("/county/650422?period=2022");
  await expect(page.getByTestId("ind-P2").locator(".value")).toHaveText("131 → 38 → 38 → 15 → 0");
});

test("a figure without its statistic says which one is missing and links to where it is entered", async ({ page }) => {
  await signInAs(page, "county-hengyang");
  await page.goto("/county/430421");
  const missing = page.getByTestId("missing-P1");
  await expect(missing).toContainText("28 岁以下新党员数尚未录入");
  await missing.getByRole("link").click();
  await expect(page).toHaveURL(/\/county\/430421\/statistics/);
});

test("a member's organisations and yearly registration are on their page; leaving the League is recorded with its day", async ({ page }, info) => {
  await signInAs(page, "county-xinzheng");
  await page.goto("/county/410184/members?category=SENIOR_HIGH");
  await page.getByTestId("member-table").locator("tbody a").nth(info.project.name === "phone" ? 3 : 2).click();
  await expect(page.getByTestId("memberships")).toContainText("至今");
  await expect(page.getByTestId("registrations")).toContainText("2025");
  await page.getByRole("button", { name: "登记注册情况" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已登记" })).toBeVisible();
  await page.getByRole("button", { name: "登记离团" }).click();
  await page.getByRole("button", { name: "确认离团" }).click();
  await expect(page.getByTestId("member-left")).toContainText("超龄离团");
  await expect(page.getByTestId("memberships")).toContainText("超龄离团");
});

test.describe("in a browser set to Beijing time, with the server in another zone", () => {
  test.use({ timezoneId: "Asia/Shanghai" });
  test("record pages with history render without a hydration error, times read as Beijing time", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await signInAs(page, "county-xinzheng");
    await page.goto("/orgs/o410184004003");
    await expect(page.getByTestId("history")).toBeVisible();
    await expect(page.getByTestId("history")).toContainText("北京时间");
    await page.goto("/county/410184/transfers");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);
  });
});
