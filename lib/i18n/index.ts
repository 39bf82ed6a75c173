import { beijingDateTime } from "../time";
import { decodeMessage } from "../validation/messages";
import { en } from "./en";
import { zh, type TMessageKey } from "./zh";

export type { TMessageKey };
export const LOCALES = ["zh", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "zh";
export const LOCALE_COOKIE = "tj-locale";

const catalogues: Record<TLocale, Record<TMessageKey, string>> = { zh, en };

export function isMessageKey(key: string): key is TMessageKey {
  return key in zh;
}

/** A key read at run time (an enumerated value, a field name) whose text needs no parameters. */
export function isPlainMessageKey(key: string): key is TPlainMessageKey {
  return isMessageKey(key) && !/\{\w+\}/.test(zh[key]);
}

export function parseLocale(value: string | undefined | null): TLocale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** The placeholders a text names: "第 {page} / {pages} 页" → "page" | "pages". */
export type TPlaceholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | TPlaceholders<Rest> : never;

/** The parameters a message needs, read from its Chinese text (the English text names the same ones). */
export type TMessageVars<K extends TMessageKey> = TPlaceholders<(typeof zh)[K]>;

/** Keys whose texts name no placeholder: labels, titles, plain sentences. */
export type TPlainMessageKey = { [K in TMessageKey]: [TMessageVars<K>] extends [never] ? K : never }[TMessageKey];

// A key that is not in the catalogue leaves K at the whole catalogue; no parameters are asked for
// then, so the compiler names the key itself rather than a missing argument.
type TVarsArgument<K extends TMessageKey> = TMessageKey extends K
  ? [vars?: undefined]
  : [TMessageVars<K>] extends [never]
    ? [vars?: undefined]
    : [vars: Record<TMessageVars<K>, string | number>];

/**
 * A message in one language. The key must be in the catalogue, and the parameters must be exactly
 * the placeholders of its text: a missing or misnamed one does not compile.
 */
export type TTranslate = {
  <K extends TMessageKey>(key: K, ...vars: TVarsArgument<K>): string;
  readonly locale: TLocale;
};

/** Puts parameters into a text's placeholders; a placeholder without a value stays as written. */
function fill(text: string, vars: Record<string, string | number> | undefined): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
}

export function translator(locale: TLocale): TTranslate {
  const messages = catalogues[locale];
  const translate = <K extends TMessageKey>(key: K, ...[vars]: TVarsArgument<K>) => fill(messages[key] ?? key, vars);
  return Object.assign(translate, { locale });
}

/**
 * Validation messages travel as catalogue keys, with their parameters encoded ("v.tooLong?max=30")
 * or given apart; anything that is not a key is shown as it came.
 */
export function translateMessage(t: TTranslate, encoded: string, given?: Record<string, string | number> | null): string {
  const { key: message, params: carried } = decodeMessage(encoded);
  if (!isMessageKey(message)) return encoded;
  const params = { ...carried, ...given };
  const text = catalogues[t.locale][message];
  if (Object.keys(params).length === 0) return text;
  // Moments travel as ISO text and are read in Beijing time.
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === "at" && typeof v === "string" && v ? `${beijingDateTime(v)}` : v]));
  return fill(text, shown);
}

/** The text of a refused call: the field's message if it has one, else the call's, with what it names. */
export function errorText(
  t: TTranslate,
  e: { message: string; data?: { fieldErrors?: Record<string, string[] | undefined> | null; messageParams?: Record<string, string | number> | null } | null },
  field?: string,
): string {
  const fieldMessage = field ? e.data?.fieldErrors?.[field]?.[0] : Object.values(e.data?.fieldErrors ?? {})[0]?.[0];
  return translateMessage(t, fieldMessage ?? e.message, fieldMessage ? null : e.data?.messageParams);
}
