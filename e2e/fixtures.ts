import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../server/auth/password";
import { createDb } from "../server/db";

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

/**
 * This run's id (set once by playwright.config.ts for every worker): names of records a test
 * creates carry it, so two runs on one database, or two tests at once, never pick each other's.
 */
export const RUN_ID = process.env.E2E_RUN_ID ?? Date.now().toString(36);

/**
 * Where the setup project (sign-in.setup.ts) keeps each demo account's signed-in browser state.
 * A spec takes its role with `test.use({ storageState: signedIn("county-xinzheng") })`.
 */
export const signedIn = (account: TAccount) => path.resolve(import.meta.dirname, "../.data/test/auth", `${account}.json`);

/** Turns an open browser context into another demo account's saved session, mid-test. */
export async function switchTo(context: BrowserContext, account: TAccount) {
  const state = JSON.parse(readFileSync(signedIn(account), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.clearCookies();
  await context.addCookies(state.cookies);
}

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

/** Signs in through the real form, as a person would: for tests of the form and of sessions. */
export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(username, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export const THROWAWAY_PASSWORD = "Lantern-Orchard-47";

/**
 * An account of the test's own, a county admin of 新郑市: a test that signs out, changes a
 * password or locks an account does it to this one, never to a demo account whose saved session
 * the other tests are using.
 */
export async function throwawayAccount(failedSignIns = 0) {
  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    const username = `e2e-${RUN_ID}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    await db.user.create({ data: { username, displayName: username, role: "COUNTY_ADMIN", regionId: "r410184", passwordHash: await hashPassword(THROWAWAY_PASSWORD), failedSignIns } });
    return username;
  } finally {
    await db.$disconnect();
  }
}

export const test = base.extend<{ exclusive: (name: string) => Promise<void> }>({
  /**
   * Holds a named lock, across workers, until the test ends: for a test that reads a county's
   * figure, changes it and expects exactly its own change, while the same test may be running
   * for the other screen. With one worker nothing runs alongside, so nothing is locked.
   */
  exclusive: async ({}, provide, info) => {
    let client: pg.Client | undefined;
    await provide(async (name) => {
      if (info.config.workers <= 1) return;
      const started = Date.now();
      if (!client) {
        client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
      }
      await client.query("SELECT pg_advisory_lock(hashtext($1))", [`e2e:${name}`]);
      // Waiting for the other test is not this test's own time.
      info.setTimeout(info.timeout + (Date.now() - started));
    });
    // Ending the connection releases its locks.
    await client?.end();
  },
});
export { expect };
