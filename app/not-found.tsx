import Link from "next/link";
import { getT } from "@/server/i18n";

export default async function NotFound() {
  const t = await getT();
  return (
    <main>
      <h1>404</h1>
      <p role="alert">{t("common.notFound")}</p>
      <Link href="/">{t("nav.home")}</Link>
    </main>
  );
}
