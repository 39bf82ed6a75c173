import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against a production build. `npm test` (scripts/test.ts) provides DATABASE_URL,
 * the built app and a browser: Playwright's own if installed, else the system's Chromium
 * (E2E_CHROMIUM_PATH).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
// One id for the whole run, read by every worker (see RUN_ID in e2e/fixtures.ts).
process.env.E2E_RUN_ID ??= Date.now().toString(36);
const executablePath = process.env.E2E_CHROMIUM_PATH || undefined;
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

/**
 * Tests run side by side on a PostgreSQL server: each makes data of its own, and the few that
 * change a figure they then read hold a lock (`exclusive` in e2e/fixtures.ts). The embedded
 * database serves one connection, so `npm test` sets TEST_WORKERS=1 there. E2E_WORKERS overrides.
 */
const workers = Number(process.env.E2E_WORKERS) || Number(process.env.TEST_WORKERS) || 2;

export default defineConfig({
  testDir: "e2e",
  outputDir: ".data/test/e2e-results",
  fullyParallel: true,
  workers,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace of each failure to open locally; CI keeps no files, and recording costs every test.
    trace: process.env.CI ? "off" : "retain-on-failure",
    locale: "zh-CN",
    launchOptions,
  },
  projects: [
    // Signs each demo account in once and saves its session for the others (e2e/sign-in.setup.ts).
    { name: "setup", testMatch: /\.setup\.ts$/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, dependencies: ["setup"] },
    // Every test runs on a desktop screen; on a phone only those tagged @phone: the ones whose
    // subject is layout or touch (axe on every main page, the picker, the form shell, the charts)
    // and a smoke test of each main flow. What the server does (scope, refusals, sessions, every
    // account's sign-in, uploads) is the same whatever the screen, and is tested once.
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, dependencies: ["setup"], grep: /@phone/ },
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
