import { INDICATORS } from "@/features/indicators/catalog";
import { parsePeriod } from "@/features/indicators/period";
import { requestActor } from "@/server/auth/request-actor";
import { db } from "@/server/db";
import { getLocale } from "@/server/i18n";
import { routeError } from "@/server/http/route-errors";
import { ZAsOf } from "@/features/indicators/schema";
import { exportComparison } from "@/features/imports/server/exports";

/** The prefecture comparison, as on screen, as an .xlsx workbook. */
export async function GET(req: Request) {
  const actor = await requestActor();
  if (!actor) return Response.json({ error: "signIn.title" }, { status: 401 });
  const params = new URL(req.url).searchParams;
  const prefectureCode = params.get("prefectureCode") ?? "";
  const period = parsePeriod(params.get("period"));
  const codes = (params.get("ind") ?? "").split(",").filter((c) => INDICATORS.some((d) => d.code === c));
  if (!/^\d{6}$/.test(prefectureCode) || !period) return Response.json({ error: "v.invalid" }, { status: 400 });
  try {
    const asOf = ZAsOf.parse(params.get("asOf") || undefined);
    const out = await exportComparison(db(), actor, prefectureCode, period, codes, await getLocale(), asOf);
    const name = `${out.prefectureName}-${out.period}.xlsx`;
    return new Response(out.buffer, {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="compare.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    return routeError(e, "export compare");
  }
}
