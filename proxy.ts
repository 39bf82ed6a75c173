import { NextResponse, type NextRequest } from "next/server";
import { SECURITY_HEADERS, contentSecurityPolicy, crossSiteRefusal } from "@/lib/security/request-guard";

/**
 * Runs before every page and API request: refuses requests another site makes with the user's
 * cookie, and sends the security headers, with a fresh script nonce per page. Nothing it answers
 * is cached: pages and API answers carry people's records (static assets are not matched).
 */
export function proxy(req: NextRequest) {
  // An address that is not valid UTF-8 once decoded names nothing: the not-found page, not a 500.
  if (!wellFormedPath(req.nextUrl.pathname)) {
    if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: "common.notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });
    return withHeaders(req, new URL("/not-found", req.url));
  }
  const refusal = crossSiteRefusal({
    method: req.method,
    pathname: req.nextUrl.pathname,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    hosts: [req.headers.get("host"), req.headers.get("x-forwarded-host")],
    allowed: (process.env.TUANJIAN_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
  });
  if (refusal) {
    const res = NextResponse.json({ error: "common.crossSite" }, { status: 403 });
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
    res.headers.set("Cache-Control", "no-store");
    return res;
  }
  return withHeaders(req);
}

function wellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The page or API answer (or, for `rewrite`, the page shown in its place) with its policy, a fresh
 * nonce, and the other security headers.
 */
function withHeaders(req: NextRequest, rewrite?: URL): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = rewrite ? NextResponse.rewrite(rewrite, { request: { headers: requestHeaders } }) : NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set("Cache-Control", "no-store");
  return res;
}

/**
 * Uploads (POST /api/import/<roster>) are not matched: Next would buffer their bodies before the
 * route could refuse them by size. Their route applies the same refusal and headers itself
 * (server/http/upload-guard.ts); their templates are matched as usual.
 */
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/import/[^/]+$).*)" }],
};
