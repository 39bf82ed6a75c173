import { describe, expect, it } from "vitest";
import { ageOn, checkIdNumber, idCheckChar, isPhone, maskIdNumber, maskPhone } from "./identity";

// A number built by the standard's rule: region 410184, born 1995-03-08, sequence 123.
const BODY = "41018419950308123";
const VALID = BODY + idCheckChar(BODY);

describe("GB 11643 ID numbers", () => {
  it("computes the check character of the standard's worked example", () => {
    // GB 11643-1999 appendix: 11010519491231002 → X
    expect(idCheckChar("11010519491231002")).toBe("X");
  });
  it("accepts a valid number, with a lower-case x too", () => {
    expect(checkIdNumber(VALID)).toBeNull();
    expect(checkIdNumber("11010519491231002x")).toBeNull();
  });
  it("rejects a wrong check digit", () => {
    const wrong = BODY + (idCheckChar(BODY) === "0" ? "1" : "0");
    expect(checkIdNumber(wrong)).toBe("checksum");
  });
  it("rejects wrong length, letters and impossible dates", () => {
    expect(checkIdNumber("4101841995030812")).toBe("format");
    expect(checkIdNumber("41018419950230123X")).toBe("format");
    expect(checkIdNumber("A1018419950308123X")).toBe("format");
  });
  it("must agree with the birth date given", () => {
    expect(checkIdNumber(VALID, "1995-03-08")).toBeNull();
    expect(checkIdNumber(VALID, "1995-03-09")).toBe("birthDate");
  });
});

describe("phones", () => {
  it("accepts mobiles and landlines", () => {
    for (const p of ["13812345678", "19912345678", "0371-62345678", "010-12345678", "03716234567"]) expect(isPhone(p), p).toBe(true);
  });
  it("rejects the rest", () => {
    for (const p of ["12812345678", "1381234567", "abc", "62345678"]) expect(isPhone(p), p).toBe(false);
  });
});

describe("masking", () => {
  it("keeps only the ends of an ID number", () => expect(maskIdNumber(VALID)).toBe(`410***********${VALID.slice(-4)}`));
  it("keeps the first three and last four digits of a phone", () => expect(maskPhone("13812345678")).toBe("138****5678"));
  it("leaves empty values empty", () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone(null)).toBeNull();
  });
});

describe("age", () => {
  it("counts whole years", () => {
    expect(ageOn("2010-06-15", "2024-06-14")).toBe(13);
    expect(ageOn("2010-06-15", "2024-06-15")).toBe(14);
  });
});
