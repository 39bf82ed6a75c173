import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tuanjian-demo";

export const DEMO_ACCOUNTS = {
  admin: { role: "系统管理员", scope: "全国" },
  "reviewer-zhengzhou": { role: "市级团委审阅", scope: "郑州市" },
  "reviewer-hengyang": { role: "市级团委审阅", scope: "衡阳市" },
  "county-xinzheng": { role: "团县委", scope: "新郑市" },
  "county-hengyang": { role: "团县委", scope: "衡阳县" },
  "county-toksun": { role: "团县委", scope: "托克逊县" },
  "township-xinzheng": { role: "乡镇团委", scope: "龙湖镇" },
} as const;

export type TAccount = keyof typeof DEMO_ACCOUNTS;

export class SignInPage {
  constructor(readonly page: Page) {}
  async goto() {
    await this.page.goto("/sign-in");
  }
  async signIn(username: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("用户名").fill(username);
    await this.page.getByLabel("密码").fill(password);
    await this.page.getByRole("button", { name: "登录" }).click();
  }
}

/** Signs in through the real form, as a person would. */
export async function signInAs(page: Page, username: TAccount) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(username);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export const test = base;
export { expect };
