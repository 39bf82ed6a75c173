import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Code that can reach the browser (UI, shared schemas and helpers) imports nothing from the
    // server, except types: a server module in a client bundle would fail the build at best.
    files: ["components/**", "lib/**", "features/*/ui/**", "features/*/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{
          group: ["@/server/*", "**/server/*", "**/server", "@/features/*/server/*"],
          allowTypeImports: true,
          message: "Browser and shared code may import only types from the server.",
        }],
      }],
    },
  },
  globalIgnores([".next/**", ".data/**", "server/generated/**", "next-env.d.ts", "node_modules/**"]),
]);
