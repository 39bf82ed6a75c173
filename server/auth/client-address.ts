/**
 * The address a sign-in came from, for throttling and the sign-in log. `X-Forwarded-For` is a
 * list anyone can start; only the entries added by proxies this server trusts
 * (TUANJIAN_TRUSTED_PROXIES, comma-separated addresses or IPv4 ranges such as 10.0.0.0/8) are
 * believed: reading from the right, the first entry that is not a trusted proxy is the client.
 * Next.js records the connection's own address there when a request brings no such header, so
 * without trusted proxies the last entry is the connection's address (or what a client sent, on a
 * server reached directly: deploy behind a proxy that sets the header, and list it).
 */
export const UNKNOWN_ADDRESS = "unknown";

type THeaders = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: THeaders, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/** "::ffff:10.0.0.1" and "10.0.0.1:5123" are 10.0.0.1; anything that is no address is dropped. */
function normalise(entry: string): string | null {
  let a = entry.trim().toLowerCase();
  if (a.startsWith("[")) a = a.slice(1, a.indexOf("]") > 0 ? a.indexOf("]") : undefined);
  if (a.startsWith("::ffff:") && a.includes(".")) a = a.slice(7);
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(a) || (/^[0-9a-f:]+$/.test(a) && a.includes(":") && a.length <= 45)) return a;
  return null;
}

function ipv4(a: string): number | null {
  const parts = a.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

function matches(address: string, rule: string): boolean {
  const [base = "", bits] = rule.split("/");
  if (bits === undefined) return normalise(base) === address;
  const a = ipv4(address);
  const b = ipv4(base);
  const n = Number(bits);
  if (a === null || b === null || !Number.isInteger(n) || n < 0 || n > 32) return false;
  const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0;
  return (a & mask) === (b & mask);
}

export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

export function clientAddress(headers: THeaders, trusted: readonly string[] = parseTrustedProxies(process.env.TUANJIAN_TRUSTED_PROXIES)): string {
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .slice(-32)
    .map(normalise)
    .filter((a): a is string => a !== null);
  if (chain.length === 0) return UNKNOWN_ADDRESS;
  for (let i = chain.length - 1; i >= 0; i--) {
    const a = chain[i]!;
    if (!trusted.some((rule) => matches(a, rule))) return a;
  }
  // Every entry is a trusted proxy: the first of them met the client.
  return chain[0]!;
}
