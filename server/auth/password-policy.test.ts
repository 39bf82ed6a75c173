import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { DEMO_PASSWORD } from "./demo";
import { passwordProblem } from "./password-policy";

const ctx = { username: "county-xinzheng", minLength: 10, demo: false };

describe("password policy", () => {
  it("holds a few thousand common passwords", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(4000);
    expect(COMMON_PASSWORDS.has("123456")).toBe(true);
    expect(COMMON_PASSWORDS.has("5201314")).toBe(true);
  });
  it("refuses a password shorter than the setting, counting characters not bytes", () => {
    expect(passwordProblem("Xk9#mQ2v", ctx)).toBe("pw.tooShort?min=10");
    expect(passwordProblem("Xk9#mQ2vLp", ctx)).toBeNull();
    expect(passwordProblem("Xk9#mQ2vLp", { ...ctx, minLength: 12 })).toBe("pw.tooShort?min=12");
    expect(passwordProblem("团建工作平台密码很长", ctx)).toBeNull();
  });
  it("refuses common passwords, also with digits or marks added", () => {
    expect(passwordProblem("1qaz2wsx3edc", ctx)).toBe("pw.sequence");
    expect(passwordProblem("iloveyou1314", ctx)).toBe("pw.common");
    expect(passwordProblem("password2024!", ctx)).toBe("pw.common");
    expect(passwordProblem("Baseball123456", ctx)).toBe("pw.common");
    expect(passwordProblem("woaini1314", ctx)).toBe("pw.common");
  });
  it("refuses sequences and repetitions", () => {
    for (const p of ["1234567890", "0987654321", "3456789012", "abcdefghijk", "qwertyuiop", "aaaaaaaaaa", "abcabcabcabc", "1212121212"]) {
      expect(passwordProblem(p, ctx), p).toBe("pw.sequence");
    }
  });
  it("refuses the username inside the password, forwards or backwards", () => {
    expect(passwordProblem("County-Xinzheng2024", ctx)).toBe("pw.username");
    expect(passwordProblem("gnehznix-ytnuoc!", ctx)).toBe("pw.username");
  });
  it("allows the demo password only in a demo database", () => {
    expect(passwordProblem(DEMO_PASSWORD, ctx)).toBe("pw.demo");
    expect(passwordProblem(DEMO_PASSWORD, { ...ctx, demo: true })).toBeNull();
  });
  it("refuses an overlong password", () => {
    expect(passwordProblem("x7Q!".repeat(40), ctx)).toBe("v.tooLong?max=128");
  });
});
