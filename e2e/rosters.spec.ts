import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import pg from "pg";
import { MEMBER_COLUMNS } from "../features/members/import-columns";
import { SETTING_DEFAULTS } from "../features/settings/settings";
import { builtWorkbook } from "../server/test/xlsx-files";
import type { Page } from "@playwright/test";
import { RUN_ID, expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("county-xinzheng") });

/**
 * Development numbers are unique in the whole database: each worker counts in a million of its
 * own (its index leads), from a start that moves with the clock so a later run on the same
 * database does not meet an earlier one's.
 */
let serial = Number(process.env.TEST_PARALLEL_INDEX ?? 0) * 1_000_000 + (Date.now() % 10_000) * 100;
const row = (name: string, over: Record<string, string> = {}) => ({
  name,
  gender: "男",
  birthDate: "2006-02-01",
  developmentNumber: `20247${String(++serial).padStart(7, "0")}`,
  joinedOn: "2024-05-04",
  category: "高中",
  organisationId: "共青团新郑市第3中学委员会",
  archiveCertifiedOn: "2024-05-10",
  holdsPost: "否",
  ...over,
});

async function xlsx(rows: Record<string, string>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("团员");
  sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(MEMBER_COLUMNS.map((c) => r[c.key] ?? ""));
  return Buffer.from(await book.xlsx.writeBuffer());
}

test("a county admin imports a members file with three bad rows, sees each error, fixes it and imports it", { tag: "@phone" }, async ({ page }, info) => {
  const tag = `导入${info.project.name === "phone" ? "甲" : "乙"}${RUN_ID}`;
  const good = [row(`${tag}一`), row(`${tag}二`)];
  const bad = [row(`${tag}三`, { birthDate: "2012-01-01" }), row(`${tag}四`, { developmentNumber: "" }), row(`${tag}五`, { category: "大学" })];
  await page.goto("/county/410184/members/import");
  await page.getByLabel("选择 .xlsx 文件").setInputFiles({ name: "members.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await xlsx([...good, ...bad]) });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByText("发现 3 个问题，未写入任何数据")).toBeVisible();
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("入团时须年满 14 周岁");
  await expect(problems).toContainText("发展团员编号必填");
  await expect(problems).toContainText("请选择一项");
  await expect(problems.locator("tbody tr")).toHaveCount(3);

  // Nothing was written: not even the good rows.
  await page.goto(`/county/410184/members?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText("没有符合条件的团员。")).toBeVisible();

  // Fixed file: all five go in.
  const fixed = [...good, { ...bad[0]!, birthDate: "2006-01-01" }, { ...bad[1]!, developmentNumber: `20247${String(++serial).padStart(7, "0")}` }, { ...bad[2]!, category: "高中" }];
  await page.goto("/county/410184/members/import");
  await page.getByLabel("选择 .xlsx 文件").setInputFiles({ name: "members.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await xlsx(fixed) });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByText("导入成功：新增 5 名团员。")).toBeVisible();
  await page.goto(`/county/410184/members?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("member-table").locator("tbody tr")).toHaveCount(5);
});

/**
 * Uploads a file through the members import page; returns the page's alert. The file is handed to
 * the browser from disk: megabytes passed as a buffer cross the protocol base64-encoded, slowly.
 */
async function upload(page: Page, buffer: Buffer) {
  const file = test.info().outputPath("members.xlsx");
  await writeFile(file, buffer);
  await page.goto("/county/410184/members/import");
  await page.getByLabel("选择 .xlsx 文件").setInputFiles(file);
  await page.getByRole("button", { name: "开始导入" }).click();
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

// Each refusal in a test of its own: each moves megabytes, and the workers share them.
test("a zip bomb is refused with its limit named", async ({ page }) => {
  const r = row("炸弹");
  const bomb = await builtWorkbook(MEMBER_COLUMNS.map((c) => c.header), [MEMBER_COLUMNS.map((c) => r[c.key as keyof typeof r] ?? "")], { padding: SETTING_DEFAULTS.uploadMaxUnpackedMb + 10 });
  await expect(await upload(page, Buffer.from(bomb))).toHaveText(`文件解压后过大：上限 ${SETTING_DEFAULTS.uploadMaxUnpackedMb} MB。`);
});

test("an oversized upload is refused with its limit named", async ({ page }) => {
  await expect(await upload(page, Buffer.alloc((SETTING_DEFAULTS.uploadMaxMb + 1) * 1024 * 1024, 7))).toHaveText(`文件过大：上限 ${SETTING_DEFAULTS.uploadMaxMb} MB。`);
});

test("a body larger than Next buffers reaches the upload route whole, and is judged not a workbook", async ({ page }) => {
  // A body over the 10 MB Next buffers for its proxy arrives whole (the upload route is not proxied):
  // 15 MB of noise is read to the end and judged not a workbook, with the proxy's headers.
  const noise = await page.request.post("/api/import/members", {
    multipart: { countyCode: "410184", file: { name: "noise.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(15 * 1024 * 1024, 3) } },
  });
  expect(noise.status()).toBe(200);
  expect(await noise.text()).toContain('"message":"import.notXlsx"');
  expect(noise.headers()["x-content-type-options"]).toBe("nosniff");
  expect(noise.headers()["cache-control"]).toContain("no-store");
});

test("a cut-off file is refused as incomplete", async ({ page }) => {
  const whole = await xlsx([row("截断")]);
  await expect(await upload(page, whole.subarray(0, whole.length - 40))).toContainText("文件不完整或已损坏");
});

test.describe("as the 郑州市 reviewer", () => {
  test.use({ storageState: signedIn("reviewer-zhengzhou") });
  test("a reviewer sees cadre ID numbers and phones masked, and the raw values reach the browser nowhere", async ({ page }) => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ name: string; idNumber: string; phone: string }>(
      `SELECT name, "idNumber", phone FROM "Cadre" WHERE "countyId" = 'r410184' AND "idNumber" IS NOT NULL AND phone IS NOT NULL ORDER BY name, id LIMIT 20`,
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);

    const bodies: string[] = [];
    page.on("response", async (r) => {
      const type = r.headers()["content-type"] ?? "";
      if (type.includes("json") || type.includes("html") || type.includes("x-component")) bodies.push(await r.text().catch(() => ""));
    });
    await page.goto("/county/410184/cadres");
    await expect(page.getByText("身份证号和手机号已按权限隐藏部分数字。")).toBeVisible();
    const ids = page.getByTestId("cadre-table").getByTestId("cadre-id");
    await expect(ids.first()).toHaveText(/^\d{3}\*+[\dX]{4}$/);
    await expect(page.getByTestId("cadre-table").getByTestId("cadre-phone").first()).toHaveText(/^\d{3}\*+\d{4}$/);
    await page.getByTestId("cadre-table").locator("tbody a").first().click();
    await expect(page).toHaveURL(/\/cadres\/c/);
    await expect(page.getByTestId("cadre-id")).toHaveText(/\*/);
    const all = bodies.join("\n");
    for (const r of rows) {
      expect(all).not.toContain(r.idNumber);
      expect(all).not.toContain(r.phone);
    }
  });
});

test("the county admin of 新郑市 sees the raw values of its own cadres", async ({ page }) => {
  await page.goto("/county/410184/cadres");
  await expect(page.getByTestId("cadre-table").getByTestId("cadre-id").first()).toHaveText(/^\d{17}[\dX]$/);
  await expect(page.getByText("身份证号和手机号已按权限隐藏部分数字。")).toHaveCount(0);
});
