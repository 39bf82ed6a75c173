import type { ReactNode } from "react";
import { AdminNav } from "@/components/layout/admin-nav";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <>
      {actor && can(actor.role, "manageAccounts") && <AdminNav />}
      {children}
    </>
  );
}
