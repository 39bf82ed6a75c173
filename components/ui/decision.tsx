"use client";

import { useState } from "react";
import { useT } from "../i18n-provider";
import { InlineError } from "./states";

/** Approve, or reject with a reason; a rejection without one is stopped here already. */
export function Decision(props: {
  approveLabel: string;
  rejectLabel: string;
  commentLabel: string;
  pending: boolean;
  error: string | null;
  decide: (approve: boolean, comment: string) => void;
}) {
  const t = useT();
  const [comment, setComment] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const error = local ?? props.error;
  return (
    <div className="row" style={{ marginTop: 6 }}>
      <button type="button" className="primary" disabled={props.pending} onClick={() => (setLocal(null), props.decide(true, comment))}>
        {props.approveLabel}
      </button>
      <input aria-label={props.commentLabel} placeholder={props.commentLabel} value={comment} onChange={(e) => setComment(e.target.value)} style={{ maxWidth: 200 }} />
      <button
        type="button"
        disabled={props.pending}
        onClick={() => (comment.trim().length < 2 ? setLocal(t("transfer.reasonRequired")) : (setLocal(null), props.decide(false, comment)))}
      >
        {props.rejectLabel}
      </button>
      <InlineError error={error} />
    </div>
  );
}
