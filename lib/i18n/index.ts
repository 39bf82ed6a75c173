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

/** Validation messages travel as catalogue keys; anything else is shown as it came. */
export function translateMessage(t: TTranslate, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}
