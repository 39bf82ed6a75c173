import ExcelJS from "exceljs";
import { YOUTH_HOME_COLUMNS } from "../features/coverage/import-columns";
import { expect, signedIn, test } from "./fixtures";
import { Picker } from "./pages/picker";

test.use({ storageState: signedIn("county-hengyang") });

test("衡阳县's coverage units: 83 of 83 schools with league schools; an enterprise added by form counts in C5", { tag: "@phone" }, async ({ page, exclusive }, info) => {
  // The same test for the other screen adds an enterprise too: one at a time, each sees its own.
  await exclusive("C5 of 430421");
  await page.goto("/county/430421/coverage");
  await expect(page.getByTestId("coverage-c3")).toContainText("83 / 83");
  await expect(page.getByTestId("coverage-c2")).toContainText("100.0%");
  const c5 = (await page.getByTestId("coverage-c5").locator(".parts").textContent())!.split("/").map((s) => Number(s.trim()));

  await page.getByRole("button", { name: "非公企业和社会组织" }).click();
  await expect(page).toHaveURL(/kind=unit/);
  await page.getByRole("button", { name: "新增" }).click();
  const form = page.getByTestId("unit-form");
  // Nothing filled in: every problem is named beside its field, and nothing is saved.
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("名称至少 2 个字。")).toBeVisible();
  await expect(form.getByText("必填。")).toBeVisible();

  const name = `测试物流公司${info.project.name}${Date.now().toString(36)}`;
  await form.getByLabel("名称").fill(name);
  await new Picker(form, "所在乡镇/村").pickFirst();
  await form.getByLabel("团员数").fill("12");
  await form.getByLabel("35 岁以下职工数").fill("30");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form).toHaveCount(0);
  await page.getByLabel("搜索").fill(name);
  const row = page.getByTestId("units-table").locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("是");
  // Eligible and without an organisation: C5's denominator grows by one, its numerator stays.
  await expect(page.getByTestId("coverage-c5").locator(".parts")).toHaveText(`${c5[0]} / ${c5[1]! + 1}`);

  // Editing shows the record's history.
  await row.getByRole("button", { name: /编辑/ }).click();
  await expect(page.getByTestId("unit-form").getByTestId("history")).toContainText("创建");
});

test.describe("as the 衡阳市 reviewer", () => {
  test.use({ storageState: signedIn("reviewer-hengyang") });
  test("a reviewer reads the coverage units without edit controls", async ({ page }) => {
    await page.goto("/county/430421/coverage?kind=youthHome");
    await expect(page.getByTestId("units-table")).toBeVisible();
    await expect(page.getByRole("button", { name: "新增" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /编辑/ })).toHaveCount(0);
  });
});

test("Youth Homes import from .xlsx: a bad row writes nothing and is named; the fixed file goes in", async ({ page }, info) => {
  const name = `测试青年之家${info.project.name}${Date.now().toString(36)}`;
  const book = async (rows: Record<string, string>[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("青年之家");
    ws.addRow(YOUTH_HOME_COLUMNS.map((c) => c.header));
    for (const r of rows) ws.addRow(YOUTH_HOME_COLUMNS.map((c) => r[c.key] ?? ""));
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const good = { name, township: "西渡镇", village: "", organisationId: "", address: "西渡镇政府院内", openedOn: "2024-05-04", entityRun: "是" };
  await page.goto("/county/430421/coverage?kind=youthHome");
  await page.getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page.getByRole("heading", { name: "从 Excel 导入青年之家" })).toBeVisible();
  const file = (buffer: Buffer) => ({ name: "homes.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByLabel("选择 .xlsx 文件").setInputFiles(file(await book([good, { ...good, name: `${name}乙`, openedOn: "2024-13-40" }])));
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByText("发现 1 个问题，未写入任何数据")).toBeVisible();
  await expect(page.getByTestId("import-problems").locator("tbody tr")).toHaveCount(1);
  await page.getByLabel("选择 .xlsx 文件").setInputFiles(file(await book([good])));
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByText("导入成功：新增 1 个青年之家。")).toBeVisible();
  await page.goto("/county/430421/coverage?kind=youthHome");
  await page.getByLabel("搜索").fill(name);
  await expect(page.getByTestId("units-table").locator("tbody tr")).toHaveCount(1);
});
