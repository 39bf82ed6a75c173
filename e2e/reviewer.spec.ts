import { expect, signedIn, test } from "./fixtures";

test.use({ storageState: signedIn("reviewer-zhengzhou") });

test("a reviewer of 郑州市 sees its counties, cannot edit, and cannot reach 衡阳市", async ({ page }) => {
  // A reviewer lands on the prefecture's page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/prefecture\/410100$/);
  const table = page.getByTestId("county-table");
  for (const name of ["新郑市", "中牟县", "巩义市", "荥阳市", "新密市"]) {
    await expect(table.getByRole("link", { name })).toBeVisible();
  }
  await expect(table.getByText("衡阳县")).toHaveCount(0);

  // Read-only: no edit controls on the roster or on a record.
  await page.goto("/county/410184/orgs");
  await expect(page.getByText("您的角色只能查看名册。")).toBeVisible();
  await expect(page.getByRole("link", { name: "新建团组织" })).toHaveCount(0);
  await page.locator("table.list tbody tr a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "确认变更" })).toHaveCount(0);

  // Every mutation is refused by the server too, not just hidden.
  const attempts = {
    "org.create": { name: "越权团支部", type: "BRANCH", domain: "RURAL", setupMode: null, regionId: "r410184009029", parentId: null, foundedOn: null, termStartedOn: null, note: "" },
    "org.update": { id: "o410184", version: 1, name: "x改", type: "COUNTY_COMMITTEE", domain: "GOVERNMENT", setupMode: null, regionId: "r410184", parentId: null, foundedOn: null, termStartedOn: null, note: "" },
    "org.setStatus": { id: "o410184", version: 1, status: "DISSOLVED", reason: "越权" },
  };
  for (const [path, input] of Object.entries(attempts)) {
    const status = await page.evaluate(
      async ([p, body]) => (await fetch(`/api/trpc/${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: body }) })).status,
      [path, input] as const,
    );
    expect(status, path).toBe(403);
  }
  // An upload is refused before its body is read.
  const upload = await page.request.post("/api/import/members", {
    multipart: { countyCode: "410184", file: { name: "members.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(64 * 1024) } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: "common.forbidden" });

  // A county of 衡阳市 typed into the address bar is "not found".
  const response = await page.goto("/county/430421");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("未找到该记录，或不在您的权限范围内。")).toBeVisible();
  const prefecture = await page.goto("/prefecture/430400");
  expect(prefecture?.status()).toBe(404);
});

test("the 郑州市 reviewer compares counties, sorts by P1 and opens 新郑市's 51 members", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/prefecture/410100?period=2021");
  const table = page.getByTestId("compare-table");
  await table.getByRole("button", { name: /^P1/ }).click();
  await expect(page).toHaveURL(/sort=P1/);
  // Best first: the P1 column reads in falling order, 新郑市 (72.9%) among them.
  const shares = (await table.locator('tbody td[data-testid$="-P1"]').allTextContents()).map((t) => Number(/([\d.]+)%/.exec(t)?.[1] ?? -1));
  expect(shares.length).toBe(5);
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
  const cell = page.getByTestId("cell-410184-P1");
  await expect(cell).toContainText("72.9%");
  await expect(cell).toContainText("51/70");
  await expect(page.getByTestId("compare-bars")).toBeVisible();

  // From the number to the records behind it.
  await cell.getByRole("link").click();
  await expect(page).toHaveURL(/\/county\/410184\/indicators\/P1\?period=2021/);
  await expect(page.getByTestId("drill-figure")).toContainText("51 / 70");
  await expect(page.getByTestId("drill-total")).toContainText("51");
  const rows = page.getByTestId("drill-table").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/members\//);
});

test("the county dashboard shows strength 17 against 7 before the reform, and the funnel", async ({ page }) => {
  await page.goto("/county/410184?period=2021");
  await expect(page.getByTestId("ind-P1")).toContainText("51 / 70");
  await expect(page.getByTestId("baseline-S1")).toContainText("7 → 17");
  await expect(page.getByTestId("funnel-chart")).toBeVisible();
  // As of an earlier date: only the seven pre-reform workers were in post.
  await page.getByLabel("截至", { exact: true }).fill("2021-03-31");
  await expect(page).toHaveURL(/asOf=2021-03-31/);
  await expect(page.getByTestId("ind-S1").locator(".value")).toHaveText("7");
  await page.getByTestId("ind-S1").getByRole("link").click();
  await expect(page.getByTestId("drill-total")).toContainText("7");
  await page.goBack();
  await page.getByLabel("统计期类型").selectOption("quarter");
  await expect(page).toHaveURL(/period=2021-Q4/);
  await expect(page.getByTestId("ind-P1")).toContainText("51 / 70");
});

test("the A4 print view of the comparison prints on white, without the navigation", async ({ page }) => {
  await page.goto("/prefecture/410100/print?period=2021");
  await expect(page.getByTestId("print-table")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const backgrounds = await page.evaluate(() => [document.documentElement, document.body].map((e) => getComputedStyle(e).backgroundColor));
  expect(backgrounds).toEqual(["rgb(255, 255, 255)", "rgb(255, 255, 255)"]);
  await expect(page.locator("header.top")).toBeHidden();
  await expect(page.getByTestId("print-table").locator("tbody tr")).not.toHaveCount(0);
});
