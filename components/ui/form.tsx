"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { errorText, translateMessage, type TPlainMessageKey } from "@/lib/i18n";
import { numbersFromText } from "@/lib/schemas/common";
import { useT } from "../i18n-provider";
import { Field } from "./field";
import { SAVED_EVENT } from "./toast";

type TServerError = {
  message: string;
  data?: { code?: string; fieldErrors?: Record<string, string[]> | null; messageParams?: Record<string, string | number> | null; current?: Record<string, unknown> | null } | null;
};

/**
 * Form state checked by the same zod schema the procedure uses. Errors are kept per field (the
 * first path segment; nested objects join with "."), and whatever the user typed stays put.
 */
export function useSchemaForm<V extends Record<string, unknown>>(initial: V, stored: number | null = null) {
  const t = useT();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** After a version conflict: the values stored now, to show beside the user's own. */
  const [current, setCurrent] = useState<Record<string, unknown> | null>(null);
  /** The version of the record the values were read from: the one the next save starts from. */
  const [version, setVersion] = useState<number | null>(stored);
  /** The stored version last passed in, to notice a newer one read in the background. */
  const [seen, setSeen] = useState<number | null>(stored);
  /** The user changed something since the form was filled or last saved. */
  const [dirty, setDirty] = useState(false);
  if (stored !== seen) {
    // A newer version of the record arrived (a save here, or someone else's, read again). While
    // the user has typed nothing the form follows it; once they have, their input stays, and a
    // save meets the conflict view with both values.
    setSeen(stored);
    if (!dirty) {
      setValues(initial);
      setVersion(stored);
      setErrors({});
    }
  }
  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setDirty(true);
  };
  /** Other values altogether (another record, say), without the errors of the ones they replace. */
  const reset = (next: V) => {
    setValues(next);
    setErrors({});
    setDirty(false);
  };
  /**
   * Another record in the same form (another region's or year's figures, say): its values, and
   * its version as the one the next save starts from. With `keepTyped`, what the user has typed
   * stays instead, to be saved to that record.
   */
  const load = (next: V, nextVersion: number | null, keepTyped = false) => {
    if (!keepTyped || !dirty) reset(next);
    setVersion(nextVersion);
    setCurrent(null);
    setErrors({});
  };
  /**
   * This form has checked its values and sent them: the next save the app announces is its own.
   * A save another form on the page makes leaves this one's typed input (and the leave warning)
   * as it is, so a newer stored version read afterwards cannot replace it.
   */
  const sending = useRef(false);
  useEffect(() => {
    const saved = () => {
      if (!sending.current) return;
      sending.current = false;
      setDirty(false);
    };
    window.addEventListener(SAVED_EVENT, saved);
    return () => window.removeEventListener(SAVED_EVENT, saved);
  }, []);
  useLeaveWarning(dirty, t("form.unsaved"));

  /**
   * Checks the values with the procedure's schema. Number fields hold what was typed; `numbers`
   * names them, and they are read as numbers here, once, before the schema (which takes numbers
   * only) sees them.
   */
  function validate<S extends z.ZodType>(schema: S, input: unknown, numbers: readonly string[] = []): z.infer<S> | null {
    const parsed = schema.safeParse(numbers.length && input && typeof input === "object" ? numbersFromText(input as Record<string, unknown>, numbers) : input);
    if (parsed.success) {
      setErrors({});
      sending.current = true;
      return parsed.data;
    }
    const next: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".") || "form";
      next[key] ??= translateMessage(t, issue.message);
    }
    // A rule over the whole form (no one field to blame) speaks for itself; otherwise the fields do.
    next.form ??= t("v.fixErrors");
    setErrors(next);
    return null;
  }

  function serverError(e: TServerError) {
    sending.current = false;
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.data?.fieldErrors ?? {})) if (v?.[0]) next[k] = translateMessage(t, v[0]);
    setCurrent(e.data?.code === "CONFLICT" ? (e.data.current ?? null) : null);
    next.form =
      e.data?.code === "CONFLICT"
        ? e.message === "common.conflict"
          ? t("common.conflict")
          : errorText(t, e)
        : e.data?.code === "FORBIDDEN"
          ? t("common.forbidden")
          : Object.keys(next).length
            ? t("v.fixErrors")
            : translateMessage(t, e.message);
    setErrors(next);
  }

  /**
   * After a conflict, the user's choice field by field: the stored values picked replace the
   * typed ones, and the next save starts from the stored version, so it saves over what the user
   * has now seen.
   */
  function resolveConflict(picked: Partial<V>) {
    const stored = current?.version;
    setValues((v) => ({ ...v, ...picked }));
    if (typeof stored === "number") setVersion(stored);
    setCurrent(null);
    setErrors({});
    setDirty(true);
  }

  return {
    values,
    set,
    setValues,
    reset,
    load,
    errors,
    validate,
    serverError,
    current,
    clearCurrent: () => setCurrent(null),
    resolveConflict,
    /** The version to send: the one the values were read from, or the one a resolved conflict moved it to. */
    version,
    dirty,
  };
}

/**
 * While `active`, leaving the page asks first: closing or reloading the tab (the browser's own
 * question) and following a link inside the app (a confirmation with `message`).
 */
export function useLeaveWarning(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const unload = (e: BeforeUnloadEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(message)) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener("beforeunload", unload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", unload);
      document.removeEventListener("click", click, true);
    };
  }, [active, message]);
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  type?: string;
  inputMode?: "numeric" | "decimal" | "tel" | "text";
  /** The most characters the field takes: past it the field says so at once. Nothing typed or pasted is cut off. */
  maxLength?: number;
  placeholder?: string;
}) {
  const t = useT();
  const over = props.maxLength !== undefined && props.value.length > props.maxLength;
  return (
    <Field label={props.label} error={props.error ?? (over ? t("v.tooLong", { max: props.maxLength! }) : undefined)} hint={props.hint}>
      {(p) => (
        <input
          {...p}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T | "" | null;
  options: readonly T[] | readonly { value: T; label: string }[];
  labelKey?: (v: T) => TPlainMessageKey;
  onChange: (v: T | "") => void;
  error?: string;
  empty?: string;
}) {
  const t = useT();
  const options = props.options.map((o) =>
    typeof o === "string" ? { value: o, label: props.labelKey ? t(props.labelKey(o)) : o } : o,
  );
  return (
    <Field label={props.label} error={props.error}>
      {(p) => (
        <select {...p} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value as T | "")}>
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="row" style={{ fontWeight: 600 }}>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} style={{ width: 20, height: 20 }} />
      {props.label}
    </label>
  );
}

export function FormAlert({ message }: { message?: string }) {
  return message ? (
    <div role="alert" className="alert">
      {message}
    </div>
  ) : null;
}
