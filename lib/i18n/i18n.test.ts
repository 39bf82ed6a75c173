import { describe, expect, it } from "vitest";
import { en } from "./en";
import { parseLocale, translateMessage, translator } from "./index";
import { zh } from "./zh";

describe("message catalogues", () => {
  it("English has every Chinese key and nothing else", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it("placeholders match between the languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(vars(en[key]), key).toEqual(vars(zh[key]));
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
