import type { Db } from "./db";
import type { RegionLevel, Role } from "./generated/prisma/client.ts";
import { can, type TAction } from "@/lib/permissions";
import { forbidden } from "./errors";

/** The signed-in user as every service sees them: role and scope read from the database. */
export type TActor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string;
  regionName: string;
  regionLevel: RegionLevel;
  /** Materialised path of the scope node; everything whose path starts with it is in scope. */
  scopePath: string;
  /** The county the scope lies in, when the scope is a county or below. */
  countyId: string | null;
};

export async function loadActor(db: Db, userId: string): Promise<TActor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      region: { select: { id: true, name: true, level: true, path: true, countyId: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionId: user.region.id,
    regionName: user.region.name,
    regionLevel: user.region.level,
    scopePath: user.region.path,
    countyId: user.region.countyId,
  };
}

export function assertCan(actor: TActor, action: TAction): void {
  if (!can(actor.role, action)) throw forbidden();
}

/** The `where` fragment that keeps a region query inside the actor's scope. */
export function regionScope(actor: TActor) {
  return { path: { startsWith: actor.scopePath } };
}

/** The `where` fragment that keeps an organisation query inside the actor's scope. */
export function orgScope(actor: TActor) {
  return { region: regionScope(actor) };
}
