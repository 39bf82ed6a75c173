import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n";
import { fieldValue } from "./field-value";

describe("field values as the user reads them", () => {
  const t = translator("zh");
  it("labels enumerations by field, in words for yes/no, a dash for none", () => {
    expect(fieldValue(t, "status", "ACTIVE")).toBe("正常运行");
    expect(fieldValue(t, "kind", "MIDDLE")).toBe("中学");
    expect(fieldValue(t, "kind", "SOCIAL_ORGANISATION")).toBe("社会组织");
    expect(fieldValue(t, "leagueSchoolLevel", "NATIONAL")).toBe("全国示范");
    expect(fieldValue(t, "archiveCertified", true)).toBe("是");
    expect(fieldValue(t, "note", "")).toBe("—");
    expect(fieldValue(t, "registeredYear", 2021)).toBe("2021");
    expect(fieldValue(t, "name", "ACTIVE")).toBe("ACTIVE");
  });
});
