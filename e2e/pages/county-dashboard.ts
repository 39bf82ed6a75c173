import type { Page } from "@playwright/test";

export class CountyDashboard {
  constructor(readonly page: Page) {}
  /** The county page; for a year (as of today when it is this year) or the year it opens on. */
  async goto(code: string, year?: number) {
    await this.page.goto(`/county/${code}${year ? `?period=${year}` : ""}`);
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
