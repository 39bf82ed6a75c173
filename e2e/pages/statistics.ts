import type { Page } from "@playwright/test";
import { Picker } from "./picker";

/** The region statistics page: the table of stored figures and the form that enters them. */
export class StatisticsPage {
  static readonly FIGURES = {
    residentYouth: "14–35 岁常住青年",
    residents6to35: "6–35 岁常住人口",
    workFundsYuan: "团的工作经费（元）",
    newPartyMembersUnder28: "28 岁以下新党员",
  } as const;

  constructor(readonly page: Page) {}
  async goto(countyCode: string) {
    await this.page.goto(`/county/${countyCode}/statistics`);
    await this.form().waitFor();
  }
  form() {
    return this.page.locator("form", { has: this.page.getByRole("combobox", { name: "地区" }) });
  }
  region() {
    return new Picker(this.form(), "地区").box();
  }
  /** Chooses a region by typing part of its name and taking the match. */
  async chooseRegion(name: string) {
    await new Picker(this.form(), "地区").pick(name.slice(0, 2), name);
  }
  year() {
    return this.form().getByLabel("年度");
  }
  figure(name: keyof typeof StatisticsPage.FIGURES) {
    return this.form().getByLabel(StatisticsPage.FIGURES[name]);
  }
  /** Picks a region by name and types a year, as a person would. */
  async choose(region: string, year: number) {
    await this.chooseRegion(region);
    await this.year().fill(String(year));
  }
  async save() {
    await this.form().getByRole("button", { name: "保存" }).click();
  }
  table() {
    return this.page.getByTestId("stats-table");
  }
}
