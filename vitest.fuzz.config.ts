import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The fuzz test runs on its own, one file in one worker: it tells a refused call's writes apart by
 * the transactions begun while it ran, so no other test may write to the database meanwhile.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/test/fuzz/*.fuzz.ts"],
    globalSetup: ["server/test/global-setup.ts"],
    environment: "node",
    testTimeout: 600_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
