import type { Page } from "@playwright/test";

export class NewOrgPage {
  constructor(readonly page: Page) {}
  async goto(countyCode: string) {
    await this.page.goto(`/county/${countyCode}/orgs/new`);
    await this.page.getByRole("heading", { name: "新建团组织" }).waitFor();
  }
  region() {
    return this.page.getByLabel("所在村（社区）/乡镇");
  }
  /** Picks the first place marked as having no organisation yet; returns its label. */
  async chooseUncoveredPlace() {
    const select = this.region();
    await select.locator("option", { hasText: "（未建）" }).first().waitFor({ state: "attached" });
    const option = select.locator("option", { hasText: "（未建）" }).first();
    const value = await option.getAttribute("value");
    const label = (await option.textContent()) ?? "";
    if (!value) throw new Error("No place without an organisation is left: use a fresh test database.");
    await select.selectOption(value);
    return label.replace("（未建）", "").trim();
  }
  async save() {
    await this.page.getByRole("button", { name: "保存" }).click();
  }
}
