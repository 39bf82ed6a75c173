import pg from "pg";
import { expect, RUN_ID, signedIn, test } from "./fixtures";

/** A branch of 新郑市 for this test alone: the desktop and the phone run at once and take different ones. */
async function branchOf(project: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Organisation" WHERE "countyId" = 'r410184' AND type = 'BRANCH' AND status = 'ACTIVE' ORDER BY id DESC LIMIT 1 OFFSET $1`,
      [project === "phone" ? 1 : 0],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
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

test.describe("an administrator's settings", () => {
  test.use({ storageState: signedIn("admin") });

  test("a save is confirmed by a toast", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/admin/settings");
    const row = page.locator("form").filter({ has: page.getByLabel("关系转接审批时限（天）") });
    await row.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("toasts").getByText("已保存。")).toBeVisible();
  });
});
