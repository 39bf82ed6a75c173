"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useT } from "../i18n-provider";
import { ConflictView, type TConflictField } from "./conflict";
import { FormAlert, type useSchemaForm } from "./form";

/**
 * Every record form's frame: no browser validation (the shared schema speaks instead), the
 * fields, the form's own message, after a conflict the stored values beside the user's with a
 * choice per field, and save (busy while saving) and cancel.
 */
export function FormShell<V extends Record<string, unknown>>(props: {
  form: ReturnType<typeof useSchemaForm<V>>;
  onSubmit: () => void;
  busy: boolean;
  onCancel?: () => void;
  /** The save button's own words, where "save" says too little (confirm a leaving, record a year). */
  submitLabel?: string;
  /** Nothing to save yet (the status chosen is the one stored, say): the save button waits. */
  idle?: boolean;
  /** A confirmation kept in the form itself, beside the toast: what the last save recorded. */
  notice?: string | null;
  /** The fields a version conflict compares; fields the viewer sees masked go in `masked`. */
  conflict?: TConflictField<V>[];
  masked?: readonly string[];
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const t = useT();
  const { form } = props;
  return (
    <form
      className={props.className ?? "stack"}
      data-testid={props.testId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        props.onSubmit();
        // A field the check refused may be off screen: the first one takes the focus (and scrolls
        // into view), so the user meets its message instead of only the line under the form.
        requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      }}
    >
      {props.children}
      <FormAlert message={form.errors.form} />
      {props.conflict && <ConflictView form={form} fields={props.conflict} skip={props.masked} />}
      {props.notice && !form.errors.form && (
        <p role="status" className="notice">
          {props.notice}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={props.busy || props.idle}>
          {props.busy ? t("common.saving") : (props.submitLabel ?? t("common.save"))}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/** What a record form is given: its county, its first values, and for an edit the record and what follows a save. */
export type TRecordFormProps<V> = { countyCode: string; initial: V; edit?: { id: string; version: number }; onSaved?: () => void };

/**
 * What follows a record form's save: after a create the new record's page opens (saying it was
 * created); after an edit, the page's `onSaved`. Either way every view of the data is read again.
 */
export function useSaved(pathOf: (id: string) => string, onSaved?: () => void) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return {
    created: async (r: { id: string }) => {
      await queryClient.invalidateQueries();
      router.push(`${pathOf(r.id)}?created=1`);
    },
    updated: async () => {
      await queryClient.invalidateQueries();
      onSaved?.();
    },
    cancel: () => router.back(),
  };
}
