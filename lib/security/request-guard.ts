/**
 * Which requests may reach the API: a browser sends Origin on every POST and Sec-Fetch-Site on
 * every request, and a page of another site cannot forge either. So a request that says it comes
 * from another site is refused before any procedure, import or export sees it. A request with
 * neither header comes from no browser (a script, a monitoring probe) and cannot carry a
 * victim's cookie by accident, so it is let through to the usual sign-in checks.
 */
export type TGuardInput = {
  method: string;
  pathname: string;
  origin: string | null;
  secFetchSite: string | null;
  /** Host and X-Forwarded-Host of the request: the names this server answers to. */
  hosts: (string | null)[];
  /** Further origins allowed by configuration (TUANJIAN_ORIGINS), e.g. behind a proxy. */
  allowed: string[];
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Null when the request may go on; otherwise why it is refused. */
export function crossSiteRefusal(r: TGuardInput): "crossSite" | null {
  if (!r.pathname.startsWith("/api/")) return null;
  // A top-level download typed or bookmarked says "none"; the app's own fetches "same-origin".
  if (r.secFetchSite && r.secFetchSite !== "same-origin" && r.secFetchSite !== "none") return "crossSite";
  if (SAFE_METHODS.has(r.method.toUpperCase())) return null;
  if (r.origin === null) return null;
  if (r.origin === "null") return "crossSite";
  let host: string;
  try {
    host = new URL(r.origin).host;
  } catch {
    return "crossSite";
  }
  const own = r.hosts.flatMap((h) => (h ? h.split(",").map((x) => x.trim().toLowerCase()) : []));
  if (own.includes(host.toLowerCase())) return null;
  if (r.allowed.some((a) => a.replace(/\/$/, "").toLowerCase() === r.origin!.toLowerCase())) return null;
  return "crossSite";
}

/**
 * The Content-Security-Policy of every page: scripts only from this server and with the nonce of
 * the request (Next.js puts it on its own scripts); inline styles allowed, since charts set
 * positions in style attributes; nothing may frame the app, no plugin runs, forms post only here.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries besides the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Browsers heed it only over HTTPS, where it keeps them there for a year.
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
