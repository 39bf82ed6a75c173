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

export function parseLocale(value: string | undefined | null): TLocale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

export type TTranslate = (key: TMessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: TLocale): TTranslate {
  const messages = catalogues[locale];
  return (key, vars) => {
    const text = messages[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
}

/**
 * Validation messages travel as catalogue keys, with their parameters encoded ("v.tooLong?max=30")
 * or given apart; anything that is not a key is shown as it came.
 */
export function translateMessage(t: TTranslate, encoded: string, given?: Record<string, string | number> | null): string {
  const { key: message, params: carried } = decodeMessage(encoded);
  if (!isMessageKey(message)) return encoded;
  const params = { ...carried, ...given };
  if (Object.keys(params).length === 0) return t(message);
  // Moments travel as ISO text and are read in Beijing time.
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === "at" && typeof v === "string" && v ? `${beijingDateTime(v)}` : v]));
  return t(message, shown);
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
