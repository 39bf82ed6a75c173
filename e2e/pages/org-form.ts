import type { Page } from "@playwright/test";
import pg from "pg";
import { Picker } from "./picker";

/** The name of a village or community of the county with no live organisation, newest code first. */
async function uncoveredPlace(countyCode: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `SELECT r.name FROM "Region" r
      WHERE r.level IN ('VILLAGE', 'COMMUNITY') AND r.path LIKE $1
        AND NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."regionId" = r.id AND o.status IN ('ACTIVE', 'RECTIFYING'))
      ORDER BY r.code DESC LIMIT 1`,
    [`%/${countyCode}/%`],
  );
  await client.end();
  if (!rows[0]) throw new Error("No place without an organisation is left: use a fresh test database.");
  return rows[0].name;
}

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
  /** Types the name of a place without an organisation and takes the match marked as such; returns the name. */
  async chooseUncoveredPlace(countyCode = "410184") {
    const name = await uncoveredPlace(countyCode);
    const option = this.place.options().filter({ hasText: "（未建）" }).filter({ hasText: name }).first();
    await this.place.box().fill(name);
    const label = await this.place.labelOf(option);
    await option.click();
    return label;
  }
  async save() {
    await this.page.getByRole("button", { name: "保存" }).click();
  }
}
