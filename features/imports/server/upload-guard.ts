import "server-only";
import { SECURITY_HEADERS, crossSiteRefusal } from "@/lib/security/request-guard";

/**
 * The upload route is left out of proxy.ts: Next buffers the body of every request that passes
 * the proxy (up to 10 MB, cutting the rest off silently) before the route sees it, so an upload
 * could neither be refused before its body is read nor exceed 10 MB. The route applies the
 * proxy's rules itself with these: the same cross-site refusal and the same response headers.
 */
export function crossSiteUpload(req: Request): Response | null {
  const refusal = crossSiteRefusal({
    method: req.method,
    pathname: new URL(req.url).pathname,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    hosts: [req.headers.get("host"), req.headers.get("x-forwarded-host")],
    allowed: (process.env.TUANJIAN_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
  });
  return refusal ? secured(Response.json({ error: "common.crossSite" }, { status: 403 })) : null;
}

/** A response with the headers proxy.ts gives every other one; it is data, never a page, so it may load nothing. */
export function secured(res: Response): Response {
  res.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set("Cache-Control", "no-store");
  return res;
}
