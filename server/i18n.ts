import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale, translator } from "@/lib/i18n";

export async function getLocale() {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getT() {
  return translator(await getLocale());
}
