import type { ReactNode } from "react";
import { CountyNav } from "@/components/layout/county-nav";
import { DefaultYear } from "@/components/ui/default-year";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function CountyLayout(props: { children: ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const caller = await serverCaller();
  const county = await orNotFound(caller.region.county({ countyCode: code }));
  const opening = await caller.dashboard.defaultYear({ regionCode: code });
  const actor = await getActor();
  const t = await getT();
  const prefectureCode = actor?.role === "PREFECTURE_REVIEWER" || actor?.role === "ADMIN" ? `${code.slice(0, 4)}00` : null;
  return (
    <>
      <CountyNav
        code={county.code}
        name={county.name}
        prefectureCode={prefectureCode}
        synthetic={county.synthetic ? t("common.synthetic") : null}
      />
      <DefaultYear year={opening.year}>{props.children}</DefaultYear>
    </>
  );
}
