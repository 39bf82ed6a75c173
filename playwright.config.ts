import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against a production build. `npm test` (scripts/test.ts) provides DATABASE_URL,
 * the built app and a browser: Playwright's own if installed, else the system's Chromium
 * (E2E_CHROMIUM_PATH).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const executablePath = process.env.E2E_CHROMIUM_PATH || undefined;
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: ".data/test/e2e-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    locale: "zh-CN",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `http://localhost:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-use",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "",
    },
  },
});
