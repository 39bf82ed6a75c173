import type { Db } from "@/server/db";
import { yearInBeijing } from "@/lib/time";
import type { TActor } from "@/server/actor";
import { regionScope } from "@/server/actor";
import { notFound } from "@/server/errors";

/**
 * The year a county's or a prefecture's pages open on: the latest year, up to this one, for which
 * the county entered its yearly statistics (the denominators its figures need), or for a
 * prefecture the latest year most of its counties did; last year when there is none, and the
 * figures that lack a statistic then say which one and where it is entered.
 */
export async function defaultYear(db: Db, actor: TActor, regionCode: string) {
  const region = await db.region.findFirst({
    where: { code: regionCode, level: { in: ["COUNTY", "PREFECTURE", "PROVINCE"] }, ...(actor.countyId && actor.regionLevel !== "COUNTY" ? { id: actor.countyId } : regionScope(actor)) },
    select: { id: true, level: true, path: true },
  });
  if (!region) throw notFound();
  const counties =
    region.level === "COUNTY"
      ? [region.id]
      : (await db.region.findMany({ where: { level: "COUNTY", path: { startsWith: region.path }, AND: [regionScope(actor)] }, select: { id: true } })).map((c) => c.id);
  const thisYear = yearInBeijing();
  const years = await db.regionStat.groupBy({
    by: ["year"],
    where: { regionId: { in: counties }, year: { lte: thisYear } },
    _count: { regionId: true },
    orderBy: { year: "desc" },
  });
  const found = years.find((y) => y._count.regionId * 2 > counties.length || (counties.length === 1 && y._count.regionId === 1));
  return { year: found?.year ?? thisYear - 1, fromData: Boolean(found) };
}
