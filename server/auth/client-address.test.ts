import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("client address", () => {
  it("without trusted proxies, the last entry: the connection as Next.js records it", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" }, [])).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" }), [])).toBe("203.0.113.9");
    expect(clientAddress({}, [])).toBe("unknown");
  });
  it("skips trusted proxies from the right; what a client wrote before them is not believed", () => {
    const trusted = parseTrustedProxies("10.0.0.2, 192.168.0.0/16");
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 192.168.4.4, 10.0.0.2" }, trusted)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.2" }, trusted)).toBe("10.0.0.2");
  });
  it("drops entries that are no address", () => {
    expect(clientAddress({ "x-forwarded-for": "<script>, 203.0.113.9:4431" }, [])).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "not an address" }, [])).toBe("unknown");
  });
});
