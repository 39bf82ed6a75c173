import { describe, expect, it } from "vitest";
import { numbersFromText } from "@/lib/schemas/common";
import { ZSaveSettingInput } from "./schema";

/** The message beside the value field when the settings form checks what was typed, as the procedure does. */
const messageFor = (key: string, typed: string) => {
  const r = ZSaveSettingInput.safeParse(numbersFromText({ key, value: typed, provinceCode: null, fromYear: 2030 }, ["value"]));
  return r.success ? null : r.error.issues.find((i) => i.path.join(".") === "value")?.message;
};

describe("a setting's value typed into the form", () => {
  it("is checked against the setting's own bounds and type, with the procedure's messages", () => {
    expect(messageFor("transferExpiryDays", " 30 ")).toBeNull();
    expect(messageFor("transferExpiryDays", "0")).toBe("v.min?min=1");
    expect(messageFor("transferExpiryDays", "366")).toBe("v.max?max=365");
    expect(messageFor("transferExpiryDays", "2.5")).toBe("v.integer");
    expect(messageFor("fundsPerResidentYuan", "1.234")).toBe("v.decimals?places=2");
    expect(messageFor("fundsPerResidentYuan", "4.5")).toBeNull();
  });

  it("refuses what is no number, or nothing, instead of reading it as one", () => {
    expect(messageFor("transferExpiryDays", "三十")).toBe("v.invalid");
    expect(messageFor("transferExpiryDays", "")).toBe("v.invalid");
  });
});
