"use client";

import { useRouter } from "next/navigation";
import { setLocaleCookie, useLocale, useT } from "../i18n-provider";

export function LocaleSwitch() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  return (
    <button
      type="button"
      lang={locale === "zh" ? "en" : "zh-CN"}
      onClick={() => {
        setLocaleCookie(locale === "zh" ? "en" : "zh");
        router.refresh();
      }}
    >
      {t("locale.switch")}
    </button>
  );
}
