import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{lib,server,prisma,components,features}/**/*.test.ts"],
    globalSetup: ["server/test/global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One database serves every file; two workers match the two cores here, one on the embedded
    // database (see server/db.ts).
    maxWorkers: Number(process.env.TEST_WORKERS) || (process.env.DATABASE_URL ? 2 : 1),
    // A worker keeps its modules from one file to the next instead of loading the server (Prisma's
    // client, the engine, the routers) afresh for each: the run takes 90 s instead of 155. No test
    // keeps state in a module; the one file that mocks a module (the session of a route handler)
    // is the only one that calls route handlers.
    isolate: false,
  },
});
