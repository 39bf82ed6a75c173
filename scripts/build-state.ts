import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "features", "components", "lib", "server", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    latest = Math.max(latest, newest(path.join(target, entry.name)));
  }
  return latest;
}

/** True when `.next` holds a production build newer than every source it was built from. */
export function buildIsCurrent(root = process.cwd()): boolean {
  const id = path.join(root, ".next/BUILD_ID");
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return SOURCES.every((s) => !existsSync(path.join(root, s)) || newest(path.join(root, s)) < built);
}
