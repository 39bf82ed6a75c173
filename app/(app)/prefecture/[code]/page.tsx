import { Suspense } from "react";
import { PrefectureC1 } from "@/components/indicators/prefecture-c1";
import { PrefectureCompare } from "@/components/indicators/prefecture-compare";
import { orNotFound, serverCaller } from "@/server/trpc/caller";

export default async function PrefecturePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const caller = await serverCaller();
  const initial = await orNotFound(caller.indicator.prefectureC1({ prefectureCode: code }));
  return (
    <>
      <PrefectureC1 prefectureCode={code} initial={initial} />
      <Suspense>
        <PrefectureCompare prefectureCode={code} />
      </Suspense>
    </>
  );
}
