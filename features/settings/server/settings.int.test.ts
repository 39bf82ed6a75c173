import { describe, expect, it } from "vitest";
import { callerFor, outcome } from "@/server/test/helpers";

describe("settings", () => {
  it("only administrators change them; everyone reads them; each change is audited", async () => {
    const admin = await callerFor("admin");
    expect(await outcome((await callerFor("county-xinzheng")).setting.save({ key: "transferExpiryDays", value: 10 }))).toBe("FORBIDDEN");
    expect(await outcome((await callerFor("reviewer-zhengzhou")).setting.save({ key: "transferExpiryDays", value: 10 }))).toBe("FORBIDDEN");
    const before = await admin.setting.get();
    const after = await admin.setting.save({ key: "transferExpiryDays", value: before.transferExpiryDays });
    expect(after.transferExpiryDays).toBe(before.transferExpiryDays);
    expect(await outcome(admin.setting.save({ key: "transferExpiryDays", value: 0 }))).toBe("BAD_REQUEST");
    expect((await (await callerFor("county-toksun")).setting.get()).unitEligibleMembers).toBeGreaterThan(0);
  });
});
