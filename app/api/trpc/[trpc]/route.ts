import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getRequestSession } from "@/server/auth/session";
import { db } from "@/server/db";
import { withinLimit } from "@/server/http/body-limit";
import { appRouter } from "@/server/trpc/root";

async function handler(incoming: Request) {
  const req = await withinLimit(incoming);
  if (!req) return Response.json({ error: "common.tooLarge" }, { status: 413, headers: { "cache-control": "no-store" } });
  // A signed-out, revoked, expired or idle session is no session: the call is UNAUTHORIZED.
  const session = await getRequestSession();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ({ db: db(), session }),
    // Unexpected errors are logged, with the reference the user is shown, by the error formatter.
  });
}

export { handler as GET, handler as POST };
