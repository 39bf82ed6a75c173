import { Suspense } from "react";
import { PrefectureC1 } from "@/features/indicators/ui/prefecture-c1";
import { PrefectureCompare } from "@/features/indicators/ui/prefecture-compare";
import { DefaultYear } from "@/components/ui/default-year";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function PrefecturePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const caller = await serverCaller();
  const opening = await orNotFound(caller.dashboard.defaultYear({ regionCode: code }));
  return (
    <DefaultYear year={opening.year}>
      <Suspense>
        <PrefectureC1 prefectureCode={code} />
        <PrefectureCompare prefectureCode={code} />
      </Suspense>
    </DefaultYear>
  );
}
