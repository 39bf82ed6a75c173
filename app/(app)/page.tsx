import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth/session";
import { getT } from "@/server/i18n";
import { serverCaller } from "@/server/trpc/caller";

/** Each role lands where its work is; an administrator picks a region. */
export default async function HomePage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const regions = await (await serverCaller()).region.home();
  const first = regions[0];
  if (actor.role === "PREFECTURE_REVIEWER" && first?.level === "PREFECTURE") redirect(`/prefecture/${first.code}`);
  if (actor.role === "COUNTY_ADMIN" && first) redirect(`/county/${first.code}`);
  if (actor.role === "TOWNSHIP_CADRE" && first) redirect(`/county/${first.code}/orgs`);
  const t = await getT();
  return (
    <>
      <h1>{t("home.title")}</h1>
      {actor.role === "ADMIN" && (
        <nav className="row" aria-label={t("nav.admin")}>
          <Link className="button" href="/admin/settings">
            {t("settings.title")}
          </Link>
          <Link className="button" href="/admin/accounts">
            {t("nav.accounts")}
          </Link>
          <Link className="button" href="/admin/sign-ins">
            {t("nav.signIns")}
          </Link>
        </nav>
      )}
      <h2>{t("home.regions")}</h2>
      <ul>
        {regions.map((r) => (
          <li key={r.code} style={{ marginLeft: r.level === "COUNTY" ? 20 : 0 }}>
            <RecordLink href={r.level === "PREFECTURE" ? `/prefecture/${r.code}` : `/county/${r.code}`}>{r.name}</RecordLink>{" "}
            <span className="muted">
              {r.code}
              {r.synthetic && ` · ${t("common.synthetic")}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
