import { z } from "zod";
import { ROLE_RULES } from "@/lib/permissions";
import { ZDecideTransferInput, ZListTransfersInput, ZRequestTransferInInput, ZRequestTransferInput } from "@/features/transfers/schema";
import { ZPickSearch } from "@/lib/schemas/pick";
import * as transfers from "./transfers";
import { listTransfers, searchDestinations } from "./transfer-lists";
import { roleProcedure, router, scopedProcedure } from "@/server/trpc/init";

const editor = roleProcedure(...ROLE_RULES.editPeople);

export const transferRouter = router({
  list: scopedProcedure.input(ZListTransfersInput).query(({ ctx, input }) => listTransfers(ctx.db, ctx.actor, input)),
  destinations: editor
    .input(z.object(ZPickSearch))
    .query(({ ctx, input }) => searchDestinations(ctx.db, input)),
  request: editor.input(ZRequestTransferInput).mutation(({ ctx, input }) => transfers.requestTransfer(ctx.db, ctx.actor, input)),
  requestIn: editor.input(ZRequestTransferInInput).mutation(({ ctx, input }) => transfers.requestTransferIn(ctx.db, ctx.actor, input)),
  decide: editor.input(ZDecideTransferInput).mutation(({ ctx, input }) => transfers.decideTransfer(ctx.db, ctx.actor, input)),
  withdraw: editor
    .input(z.object({ transferId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => transfers.withdrawTransfer(ctx.db, ctx.actor, input.transferId)),
  graduate: editor
    .input(z.object({ memberId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => transfers.transferGraduate(ctx.db, ctx.actor, input.memberId)),
});
