"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { TPickOption } from "@/lib/schemas/pick";
import { useT } from "../i18n-provider";
import { Field } from "./field";
import { useDebounced, usePickerResults, type TPickerSource } from "./picker-source";

export type { TPickerSource } from "./picker-source";

/** A pause in typing this long asks the server; a list on the phone answers at once. */
const DEBOUNCE_MS = 250;

/**
 * Choosing one of many (organisations, places): a text box with a list of matches under it, the
 * WAI-ARIA combobox pattern. Type to search, arrows, Home/End, Enter to choose, Escape to close;
 * on a phone, tap a row (each as tall as a thumb). The list comes a page at a time from the
 * server, or from a list kept on the phone (see TPickerSource).
 *
 * `valueLabel` names the value the form starts with (an edit form knows its organisation's
 * name), so nothing is loaded just to show it. `optional` adds a button that clears the choice.
 */
export function Picker<O extends TPickOption>(props: {
  label: string;
  value: string;
  valueLabel?: string | null;
  onChange: (value: string, option: O | null) => void;
  source: TPickerSource<O>;
  optional?: boolean;
  error?: string;
  hint?: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<O | null>(null);
  const isLocal = "local" in props.source;
  const q = useDebounced(editing ? text.trim() : "", isLocal ? 0 : DEBOUNCE_MS);
  const results = usePickerResults(props.source, q, open);
  const { items } = results;
  // The option the arrows are on, for one text: new matches start with none.
  const [pointer, setPointer] = useState({ q, index: -1 });
  const active = pointer.q === q ? pointer.index : -1;
  const setActive = (index: number) => setPointer({ q, index });

  const known = isLocal && "local" in props.source ? props.source.local.find((o) => o.value === props.value) : undefined;
  const chosenLabel = !props.value ? "" : picked?.value === props.value ? picked.label : (props.valueLabel ?? known?.label ?? "");
  const optionId = (i: number) => `${listId}-o${i}`;

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
    // optionId changes with listId only, which is fixed for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, active]);

  function close() {
    setOpen(false);
    setEditing(false);
    setActive(-1);
  }
  function choose(o: O) {
    setPicked(o);
    props.onChange(o.value, o);
    close();
  }
  function clear() {
    setPicked(null);
    setText("");
    props.onChange("", null);
  }
  function move(to: number) {
    if (!items.length) return;
    const next = Math.max(0, Math.min(items.length - 1, to));
    setActive(next);
    // Walking past the last match asks for the next page.
    if (to >= items.length - 1 && results.more) results.loadMore();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? move(active + 1) : setOpen(true)),
      ArrowUp: () => (open ? move(active - 1) : setOpen(true)),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => (active >= 0 && items[active] ? choose(items[active]) : undefined),
      Escape: close,
    };
    const run = keys[e.key];
    // Closed, Home/End move the caret and Enter sends the form, as in any text box.
    if (!run || (!open && ["Home", "End", "Enter"].includes(e.key))) return;
    e.preventDefault();
    run();
  }

  const status =
    results.status === "short"
      ? t("picker.typeMore", { n: "key" in props.source ? (props.source.minChars ?? 0) : 0 })
      : results.status === "loading"
        ? t("common.loading")
        : results.status === "ready" && items.length === 0
          ? t("picker.noMatch")
          : "";

  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(p) => (
        <div className="picker">
          <div className="picker-box">
            <input
              {...p}
              type="text"
              role="combobox"
              aria-expanded={open}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
              autoComplete="off"
              enterKeyHint="search"
              maxLength={40}
              disabled={props.disabled}
              placeholder={props.placeholder ?? t("picker.placeholder")}
              value={editing ? text : chosenLabel}
              onFocus={(e) => e.target.select()}
              onClick={() => setOpen(true)}
              onChange={(e) => {
                setText(e.target.value);
                setEditing(true);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={close}
            />
            {props.optional && props.value && !props.disabled && (
              <button type="button" className="picker-clear" aria-label={t("picker.clear")} onClick={clear}>
                ×
              </button>
            )}
            <button
              type="button"
              className="picker-toggle"
              tabIndex={-1}
              aria-label={t("picker.open")}
              disabled={props.disabled}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => (open ? close() : setOpen(true))}
            >
              ▾
            </button>
          </div>
          {/* A press inside the list keeps the focus in the text box, so choosing does not first close the list. */}
          <div className="picker-popup" hidden={!open} onMouseDown={(e) => e.preventDefault()}>
            <ul
              role="listbox"
              id={listId}
              aria-label={t("picker.options", { label: props.label })}
              aria-busy={results.status === "loading" || results.loadingMore || (editing && text.trim() !== q)}
              onScroll={(e) => {
                const el = e.currentTarget;
                if (results.more && el.scrollTop + el.clientHeight >= el.scrollHeight - 48) results.loadMore();
              }}
            >
              {items.map((o, i) => (
                <li
                  key={o.value}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  data-chosen={o.value === props.value || undefined}
                  onClick={() => choose(o)}
                >
                  <span>{o.label}</span>
                  {o.hint && <span className="picker-hint">{o.hint}</span>}
                </li>
              ))}
            </ul>
            <div role="status" className="picker-status">
              {open ? status : ""}
            </div>
            {open && results.status === "error" && (
              <div role="alert" className="picker-status">
                {t("picker.failed")}{" "}
                <button type="button" onClick={results.retry}>
                  {t("common.retry")}
                </button>
              </div>
            )}
            {open && results.more && (
              <button type="button" className="picker-more" disabled={results.loadingMore} onClick={results.loadMore}>
                {results.loadingMore ? t("common.loading") : t("picker.more")}
              </button>
            )}
          </div>
        </div>
      )}
    </Field>
  );
}
