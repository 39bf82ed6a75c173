import { describe, expect, expectTypeOf, it } from "vitest";
import { en } from "./en";
import { isMessageKey, isPlainMessageKey, parseLocale, translateMessage, translator, type TMessageVars, type TPlainMessageKey } from "./index";
import { zh } from "./zh";

const keys = Object.keys(zh).filter(isMessageKey);

describe("message catalogues", () => {
  it("English has every Chinese key and nothing else", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it("placeholders match between the languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) expect(vars(en[key]), key).toEqual(vars(zh[key]));
  });
  it("every text says something, and braces appear only as placeholders", () => {
    // t() reads a key's parameters from its Chinese text by its {name} placeholders; a stray brace
    // would be read as one.
    for (const key of keys) {
      for (const text of [zh[key], en[key]]) {
        expect(text.trim(), key).not.toBe("");
        expect(text.replace(/\{\w+\}/g, ""), key).not.toMatch(/[{}]/);
      }
    }
  });
  it("a message's parameters are read from its text by the type system", () => {
    expectTypeOf<TMessageVars<"import.progress">>().toEqualTypeOf<"phase" | "done" | "total">();
    expectTypeOf<TMessageVars<"common.page">>().toEqualTypeOf<"page" | "pages" | "total">();
    expectTypeOf<TMessageVars<"common.retry">>().toEqualTypeOf<never>();
    expectTypeOf<"common.retry">().toExtend<TPlainMessageKey>();
    expectTypeOf<"common.page">().not.toExtend<TPlainMessageKey>();
  });
  it("plain keys are told apart at run time too", () => {
    expect(isPlainMessageKey("common.retry")).toBe(true);
    expect(isPlainMessageKey("common.page")).toBe(false);
    expect(isPlainMessageKey("no.such.key")).toBe(false);
  });
  it("Chinese is the default; English on request", () => {
    expect(parseLocale(undefined)).toBe("zh");
    expect(parseLocale("fr")).toBe("zh");
    expect(parseLocale("en")).toBe("en");
  });
  it("fills placeholders", () => {
    expect(translator("en")("common.page", { page: 2, pages: 5, total: 90 })).toBe("Page 2 of 5, 90 in all");
  });
  it("translates catalogue keys and leaves other messages as they are", () => {
    const t = translator("zh");
    expect(translateMessage(t, "v.required")).toBe("必填。");
    expect(translateMessage(t, "connection reset")).toBe("connection reset");
  });
});
