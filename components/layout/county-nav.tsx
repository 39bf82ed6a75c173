"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "../i18n-provider";

export function CountyNav(props: { code: string; name: string; prefectureCode: string | null; synthetic: string | null }) {
  const t = useT();
  const path = usePathname();
  const links = [
    { href: `/county/${props.code}`, label: t("nav.dashboard") },
    { href: `/county/${props.code}/orgs`, label: t("nav.orgs") },
    { href: `/county/${props.code}/coverage`, label: t("nav.coverage") },
    { href: `/county/${props.code}/cadres`, label: t("nav.cadres") },
    { href: `/county/${props.code}/cadres/standards`, label: t("nav.standards") },
    { href: `/county/${props.code}/members`, label: t("nav.members") },
    { href: `/county/${props.code}/transfers`, label: t("nav.transfers") },
    { href: `/county/${props.code}/pipeline`, label: t("nav.pipeline") },
    { href: `/county/${props.code}/statistics`, label: t("nav.statistics") },
    ...(props.prefectureCode ? [{ href: `/prefecture/${props.prefectureCode}`, label: t("nav.compare") }] : []),
  ];
  return (
    <div className="spread" style={{ marginBottom: 8 }}>
      <div>
        <strong>{props.name}</strong> <span className="muted">{props.code}</span>{" "}
        {props.synthetic && <span className="tag">{props.synthetic}</span>}
      </div>
      <nav className="row subnav" aria-label={props.name}>
        {links.map((l) => (
          <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined} className="button">
            {l.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
