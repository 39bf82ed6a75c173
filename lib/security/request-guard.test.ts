import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, crossSiteRefusal, type TGuardInput } from "./request-guard";

const base: TGuardInput = { method: "POST", pathname: "/api/trpc/org.create", origin: "https://tj.example.cn", secFetchSite: "same-origin", hosts: ["tj.example.cn", null], allowed: [] };

describe("cross-site requests", () => {
  it("lets the app's own requests through", () => {
    expect(crossSiteRefusal(base)).toBeNull();
    expect(crossSiteRefusal({ ...base, method: "GET", origin: null })).toBeNull();
    // A download opened from the address bar or a bookmark.
    expect(crossSiteRefusal({ ...base, method: "GET", pathname: "/api/export/members", origin: null, secFetchSite: "none" })).toBeNull();
    // Behind a proxy that passes the public name on.
    expect(crossSiteRefusal({ ...base, hosts: ["127.0.0.1:3000", "tj.example.cn"] })).toBeNull();
    expect(crossSiteRefusal({ ...base, hosts: ["127.0.0.1:3000", null], allowed: ["https://tj.example.cn/"] })).toBeNull();
  });
  it("refuses a mutation another site sends with the user's cookie", () => {
    expect(crossSiteRefusal({ ...base, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe("crossSite");
    // Older browsers send Origin without Sec-Fetch-Site.
    expect(crossSiteRefusal({ ...base, origin: "https://evil.example", secFetchSite: null })).toBe("crossSite");
    expect(crossSiteRefusal({ ...base, origin: "null", secFetchSite: null })).toBe("crossSite");
    expect(crossSiteRefusal({ ...base, origin: "not a url", secFetchSite: null })).toBe("crossSite");
    expect(crossSiteRefusal({ ...base, pathname: "/api/import/members", origin: "http://tj.example.cn.evil.example", secFetchSite: null })).toBe("crossSite");
  });
  it("refuses an export another site links to or embeds", () => {
    expect(crossSiteRefusal({ ...base, method: "GET", pathname: "/api/export/members", origin: null, secFetchSite: "cross-site" })).toBe("crossSite");
    expect(crossSiteRefusal({ ...base, method: "GET", pathname: "/api/export/members", origin: null, secFetchSite: "same-site" })).toBe("crossSite");
  });
  it("leaves pages to the sign-in checks (a link from another site opens them)", () => {
    expect(crossSiteRefusal({ ...base, method: "GET", pathname: "/members/abc", origin: null, secFetchSite: "cross-site" })).toBeNull();
  });
});

describe("content security policy", () => {
  it("allows scripts only with the request's nonce and forbids framing and plugins", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("abc123", true)).toContain("'unsafe-eval'");
  });
});
