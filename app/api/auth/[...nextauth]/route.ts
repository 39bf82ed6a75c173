import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

const handler = NextAuth(authOptions);

/**
 * The server reads the session id from the token; the browser has no use for it, so the session
 * answer (`/api/auth/session`) goes out without it.
 */
export async function GET(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const res: Response = await handler(req, ctx);
  if (!new URL(req.url).pathname.endsWith("/session") || !res.headers.get("content-type")?.includes("json")) return res;
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (body) delete body.sid;
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body ?? {}), { status: res.status, headers });
}

export { handler as POST };
