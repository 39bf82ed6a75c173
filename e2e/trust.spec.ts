import { idCheckChar } from "../lib/validation/identity";
import { createDb } from "../server/db";
import { RUN_ID, expect, signedIn, switchTo, test } from "./fixtures";

test.use({ storageState: signedIn("county-xinzheng") });

/**
 * A member of the test's own in 龙湖镇 (the township cadre's township), with an ID number and a
 * phone on record, so no test running alongside edits or moves it. Its numbers come from the
 * worker and the clock: 110102 is an area no demo person has, and development numbers of county
 * index 8xx are none of the demo counties'.
 */
async function longhuMember() {
  const now = Date.now();
  const worker = (process.env.TEST_PARALLEL_INDEX ?? "0").slice(-1);
  // Born 1998–2001, so 14 or older on joining in 2016; an even 17th digit, as for a woman.
  const birth = new Date(Date.UTC(1998, 0, 1) + (Math.floor(now / 1000) % 1400) * 86_400_000);
  const idBody = `110102${birth.toISOString().slice(0, 10).replace(/-/g, "")}${worker}${String((now % 50) * 2).padStart(2, "0")}`;
  const day = new Date(Date.UTC(2016, 4, 4));
  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    const member = await db.member.create({
      data: {
        name: "龙湖镇测试团员",
        gender: "FEMALE",
        birthDate: birth,
        idNumber: idBody + idCheckChar(idBody),
        phone: `1390${worker}${String(now % 1_000_000).padStart(6, "0")}`,
        developmentNumber: `20168${worker}${String(now % 1_000_000).padStart(6, "0")}`,
        joinedOn: day,
        category: "VOCATIONAL",
        countyId: "r410184",
        organisationId: "o410184009000",
        memberships: { create: { countyId: "r410184", organisationId: "o410184009000", startedOn: day } },
      },
      select: { id: true, idNumber: true, phone: true },
    });
    return { id: member.id, idNumber: member.idNumber!, phone: member.phone! };
  } finally {
    await db.$disconnect();
  }
}

test("a township cadre saves a member without seeing the ID number or phone, and both stay as they were", async ({ page, context }) => {
  const member = await longhuMember();
  await switchTo(context, "township-xinzheng");
  await page.goto(`/members/${member.id}`);
  const idField = page.getByLabel("身份证号");
  await expect(idField).toHaveValue("");
  await expect(page.getByText(/留空则保留原值/).first()).toBeVisible();
  await page.getByLabel("姓名").fill("外勤改名");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  await switchTo(context, "county-xinzheng");
  await page.goto(`/members/${member.id}`);
  await expect(page.getByLabel("姓名")).toHaveValue("外勤改名");
  await expect(page.getByLabel("身份证号")).toHaveValue(member.idNumber);
  await expect(page.getByLabel("手机号")).toHaveValue(member.phone);
});

test.describe("as the county admin of 托克逊县", () => {
  test.use({ storageState: signedIn("county-toksun") });
  test("托克逊县's 2022 funnel reads 131 → 38 → 38 → 15 on its card", async ({ page }) => {
    await page.goto("/county/650422?period=2022");
    await expect(page.getByTestId("ind-P2").locator(".value")).toHaveText("131 → 38 → 38 → 15 → 0");
  });
});

test.describe("as the county admin of 衡阳县", () => {
  test.use({ storageState: signedIn("county-hengyang") });
  test("a figure without its statistic says which one is missing and links to where it is entered", async ({ page }) => {
    await page.goto("/county/430421");
    const missing = page.getByTestId("missing-P1");
    await expect(missing).toContainText("28 岁以下新党员数尚未录入");
    await missing.getByRole("link").click();
    await expect(page).toHaveURL(/\/county\/430421\/statistics/);
  });
});

test("a member's organisations and yearly registration are on their page; leaving the League is recorded with its day", async ({ page }, info) => {
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
    // The history is the test's own: an edit saved here, then the page drawn afresh on the server.
    await page.goto("/orgs/o410184004003");
    await page.getByLabel("备注").fill(`北京时间核对 ${RUN_ID}-${Date.now().toString(36)}`);
    await page.getByRole("button", { name: "保存" }).first().click();
    await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("history")).toBeVisible();
    await expect(page.getByTestId("history")).toContainText("北京时间");
    await page.goto("/county/410184/transfers");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);
  });
});
