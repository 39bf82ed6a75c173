import type { Page } from "@playwright/test";

export class CountyDashboard {
  constructor(readonly page: Page) {}
  async goto(code: string) {
    await this.page.goto(`/county/${code}`);
    await this.page.getByTestId("kpi-C1").waitFor();
  }
  async c1() {
    const card = this.page.getByTestId("kpi-C1");
    return {
      numerator: Number(await card.getByTestId("kpi-numerator").textContent()),
      denominator: Number(await card.getByTestId("kpi-denominator").textContent()),
    };
  }
}
