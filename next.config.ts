import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // CI checks the types of the whole project first (`npm run lint`, tsc) and says so; the build
  // need not check them again.
  typescript: { ignoreBuildErrors: process.env.TUANJIAN_TYPES_CHECKED === "1" },
  // The build cache speeds the next build on a developer's machine; a CI clone builds once.
  experimental: { turbopackFileSystemCacheForBuild: process.env.CI !== "true" },
};

export default nextConfig;
