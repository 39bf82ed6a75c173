import { requestActor } from "@/server/auth/request-actor";
import { db } from "@/server/db";
import { todayInBeijing } from "@/lib/time";
import { getLocale } from "@/server/i18n";
import { routeError } from "@/server/http/route-errors";
import { ROSTERS, exportRoster, type TRoster } from "@/features/imports/server/exports";

/** URL parameters of the list pages, turned into the list procedures' input. */
function listInput(params: URLSearchParams): Record<string, unknown> {
  const num = (v: string | null) => (v ? Number(v) : undefined);
  const text = (k: string) => params.get(k) || undefined;
  return {
    countyCode: params.get("countyCode") ?? "",
    q: params.get("q") ?? "",
    type: text("type"),
    domain: text("domain"),
    status: text("status"),
    townshipId: text("township"),
    staffingType: text("staffing"),
    post: text("post"),
    category: text("category"),
    joinedYear: num(params.get("year")),
    dueToLeave: params.get("due") === "1" || undefined,
  };
}

export async function GET(req: Request, ctx: { params: Promise<{ roster: string }> }) {
  const { roster } = await ctx.params;
  if (!(ROSTERS as readonly string[]).includes(roster)) return Response.json({ error: "common.notFound" }, { status: 404 });
  const actor = await requestActor();
  if (!actor) return Response.json({ error: "signIn.title" }, { status: 401 });
  try {
    const params = new URL(req.url).searchParams;
    const out = await exportRoster(db(), actor, roster as TRoster, listInput(params), await getLocale());
    const name = `${out.countyName}-${roster}-${todayInBeijing()}.xlsx`;
    return new Response(out.buffer, {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${roster}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    return routeError(e, `export ${roster}`);
  }
}
