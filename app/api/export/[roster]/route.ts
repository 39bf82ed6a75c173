import { requestActor } from "@/server/auth/request-actor";
import { db } from "@/server/db";
import { todayInBeijing } from "@/lib/time";
import { getLocale } from "@/server/i18n";
import { routeError } from "@/server/http/route-errors";
import { exportRoster } from "@/features/imports/server/exports";
import { listInputOf } from "@/features/imports/server/roster-sheets";
import { isCountyRoster, isRoster } from "@/features/imports/rosters";

export async function GET(req: Request, ctx: { params: Promise<{ roster: string }> }) {
  const { roster } = await ctx.params;
  if (!isRoster(roster)) return Response.json({ error: "common.notFound" }, { status: 404 });
  const actor = await requestActor();
  if (!actor) return Response.json({ error: "signIn.title" }, { status: 401 });
  try {
    const params = new URL(req.url).searchParams;
    // A county's roster is read within the county its address names; an administrator's list has none.
    const countyCode = isCountyRoster(roster) ? (params.get("countyCode") ?? "") : null;
    const out = await exportRoster(db(), actor, roster, listInputOf(params, countyCode), await getLocale());
    const name = `${[out.countyName, roster, todayInBeijing()].filter(Boolean).join("-")}.xlsx`;
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
