import pg from "pg";
import { yearInBeijing } from "../lib/time";
import { expect, RUN_ID, signedIn, test } from "./fixtures";

/** Runs one statement on the test database: another person's save, made while the page is open. */
async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(text, values)).rows;
  } finally {
    await client.end();
  }
}

let serial = 0;
/**
 * An active member of 新郑市 for this test alone, who joined in 2016: development numbers of county
 * index 7xx are none of the demo counties', and the worker and the clock keep two tests apart.
 */
async function ownMember() {
  const worker = (process.env.TEST_PARALLEL_INDEX ?? "0").slice(-1);
  const number = `20167${worker}${String((Date.now() + ++serial) % 1_000_000).padStart(6, "0")}`;
  const [row] = await sql(
    `WITH m AS (
       INSERT INTO "Member" (id, "countyId", "organisationId", name, gender, "birthDate", "developmentNumber", "joinedOn", category, "updatedAt")
       VALUES ('e2e' || $1, 'r410184', 'o410184004003', '表单测试团员', 'FEMALE', '2000-03-01', $1, '2016-05-04', 'SOCIAL', now()) RETURNING id
     )
     INSERT INTO "Membership" (id, "memberId", "countyId", "organisationId", "startedOn")
     SELECT 'e2e' || $1, id, 'r410184', 'o410184004003', '2016-05-04' FROM m RETURNING "memberId" AS id`,
    [number],
  );
  return row!.id;
}

/** A branch of 新郑市 for this test alone: the desktop and the phone run at once and take different ones. */
async function branchOf(project: string, test = 0) {
  const offset = (project === "phone" ? 1 : 0) + 2 * test;
  const rows = await sql(`SELECT id FROM "Organisation" WHERE "countyId" = 'r410184' AND type = 'BRANCH' AND status = 'ACTIVE' ORDER BY id DESC LIMIT 1 OFFSET $1`, [offset]);
  return rows[0]!.id;
}

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

test.describe("two forms on one page", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("a save in one leaves what was typed in the other, and leaving still asks", async ({ page }, info) => {
    await page.goto(`/orgs/${await branchOf(info.project.name, 1)}`);
    const reason = `待定${RUN_ID}`;
    await page.getByLabel("变更原因").fill(reason);
    await page.getByLabel("备注").fill(`备注${RUN_ID}`);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
    await expect(page.getByLabel("变更原因")).toHaveValue(reason);
    const asked: string[] = [];
    page.once("dialog", (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole("link", { name: "← 团组织" }).click();
    await expect.poll(() => asked).toEqual(["有修改尚未保存，确定离开吗？"]);
    await expect(page.getByLabel("变更原因")).toHaveValue(reason);
  });
});

test.describe("a refused field", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("keeps all that was typed, says why, and takes the focus", async ({ page }, info) => {
    await page.goto(`/orgs/${await branchOf(info.project.name, 2)}`);
    const name = page.getByLabel("组织名称");
    const long = "长".repeat(90);
    await name.fill(long);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("名称不能超过 80 个字。")).toBeVisible();
    await expect(name).toHaveValue(long);
    await expect(name).toBeFocused();
  });
});

test.describe("two people editing one record", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("the second save meets the stored values beside its own, field by field, and the user's choice is saved", async ({ page, context }, info) => {
    const url = `/orgs/${await branchOf(info.project.name)}`;
    const other = await context.newPage();
    await Promise.all([page.goto(url), other.goto(url)]);
    const theirs = `甲${RUN_ID}`;
    const mine = `乙${RUN_ID}`;
    // Someone else saves a note first.
    await other.getByLabel("备注").fill(theirs);
    await other.getByRole("button", { name: "保存" }).click();
    await expect(other.getByText("已保存").first()).toBeVisible();
    await other.close();

    // This page still holds the old version: its save is refused and shows both values.
    await page.getByLabel("备注").fill(mine);
    await page.getByRole("button", { name: "保存" }).click();
    const conflict = page.getByTestId("conflict");
    await expect(conflict).toBeVisible();
    const row = conflict.getByTestId("conflict-note");
    await expect(row).toContainText(theirs);
    await expect(row).toContainText(mine);
    // Only the field that differs is listed.
    await expect(conflict.locator("tbody tr")).toHaveCount(1);
    await expect(page.getByLabel("备注")).toHaveValue(mine);

    // The user keeps the stored note and saves again: it goes through, over the newer version.
    await row.getByRole("radio", { name: theirs }).check();
    await conflict.getByRole("button", { name: "按所选继续编辑" }).click();
    await expect(conflict).toHaveCount(0);
    await expect(page.getByLabel("备注")).toHaveValue(theirs);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("备注")).toHaveValue(theirs);
  });
});

test.describe("a member's records", () => {
  test.use({ storageState: signedIn("county-xinzheng") });

  test("a year's registration is confirmed by a toast; someone else's change of that year is shown field by field and the choice is saved", async ({ page }) => {
    await page.goto(`/members/${await ownMember()}`);
    const form = page.getByTestId("registration-form");
    const year = yearInBeijing();
    await form.getByRole("button", { name: "登记注册情况" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
    await expect(form.getByRole("status")).toHaveText("已登记。");
    await expect(page.getByTestId("registrations")).toContainText(String(year));

    // Meanwhile someone else records the year as not registered, with a reason.
    const memberId = page.url().split("/").pop()!;
    await sql(`UPDATE "MemberRegistration" SET status = 'NOT_REGISTERED', reason = '外出务工', version = version + 1 WHERE "memberId" = $1 AND year = $2`, [memberId, year]);

    // This page still shows the entry it saved: its change is refused and shows both reasons.
    await form.getByLabel("注册情况").selectOption("NOT_REGISTERED");
    await form.getByLabel("未注册原因").fill("联系不上");
    await form.getByRole("button", { name: "登记注册情况" }).click();
    const conflict = form.getByTestId("conflict");
    await expect(conflict.locator("tbody tr")).toHaveCount(1);
    const row = conflict.getByTestId("conflict-reason");
    await expect(row).toContainText("外出务工");
    await expect(row).toContainText("联系不上");

    // The user takes the stored reason and records the year again, over the newer entry.
    await row.getByRole("radio", { name: "外出务工" }).check();
    await conflict.getByRole("button", { name: "按所选继续编辑" }).click();
    await expect(form.getByLabel("未注册原因")).toHaveValue("外出务工");
    await form.getByRole("button", { name: "登记注册情况" }).click();
    await expect(form.getByRole("status")).toHaveText("已登记。");
    await page.reload();
    await expect(page.getByTestId("registrations")).toContainText("外出务工");
  });

  test("a leaving meets someone else's newer save of the member: the form says so, and goes through once the user continues", async ({ page }) => {
    const memberId = await ownMember();
    await page.goto(`/members/${memberId}`);
    await page.getByRole("button", { name: "登记离团" }).click();
    const form = page.getByTestId("leave-form");
    await form.getByLabel("离团日期").fill("2024-06-01");

    // Someone else saves the member first.
    await sql(`UPDATE "Member" SET name = $2, version = version + 1 WHERE id = $1`, [memberId, `改名${RUN_ID}`]);
    await form.getByRole("button", { name: "确认离团" }).click();
    const conflict = form.getByTestId("conflict");
    await expect(conflict).toContainText("本表各项与当前保存的值相同");
    await expect(page.getByTestId("member-left")).toHaveCount(0);

    await conflict.getByRole("button", { name: "按所选继续编辑" }).click();
    await expect(conflict).toHaveCount(0);
    await form.getByRole("button", { name: "确认离团" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
    await expect(page.getByTestId("member-left")).toContainText("2024-06-01");
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
