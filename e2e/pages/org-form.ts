import type { Page } from "@playwright/test";
import { Picker } from "./picker";

export class NewOrgPage {
  readonly place: Picker;
  constructor(readonly page: Page) {
    this.place = new Picker(page, "所在村（社区）/乡镇");
  }
  async goto(countyCode: string) {
    await this.page.goto(`/county/${countyCode}/orgs/new`);
    await this.page.getByRole("heading", { name: "新建团组织" }).waitFor();
  }
  region() {
    return this.place.box();
  }
  /** Picks the first place marked as having no organisation yet, loading more as needed; returns its name. */
  async chooseUncoveredPlace() {
    await this.place.box().click();
    await this.place.options().first().waitFor();
    const uncovered = this.place.options().filter({ hasText: "（未建）" });
    const more = this.place.within.getByRole("button", { name: "加载更多" });
    for (let i = 0; i < 40 && (await uncovered.count()) === 0; i++) {
      if (!(await more.isVisible())) break;
      const before = await this.place.options().count();
      await more.click();
      await this.page.waitForFunction(
        ([n, name]) => document.querySelectorAll(`[role="listbox"][aria-label="${name}"] [role="option"]`).length > n,
        [before, `${this.place.label}：可选项`] as const,
      );
    }
    if ((await uncovered.count()) === 0) throw new Error("No place without an organisation is left: use a fresh test database.");
    const option = uncovered.first();
    const label = await this.place.labelOf(option);
    await option.click();
    return label;
  }
  async save() {
    await this.page.getByRole("button", { name: "保存" }).click();
  }
}
