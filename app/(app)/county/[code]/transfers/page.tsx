import { Suspense } from "react";
import { TransferBoard, TransferInRequest } from "@/features/transfers/ui/transfer-board";
import { can } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export default async function TransfersPage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const actor = await getActor();
  const canEdit = actor ? can(actor.role, "editPeople") : false;
  return (
    <>
      <Suspense>
        <TransferBoard countyCode={code} />
      </Suspense>
      {canEdit && <TransferInRequest countyCode={code} />}
    </>
  );
}
