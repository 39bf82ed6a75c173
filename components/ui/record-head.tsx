"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { useT } from "../i18n-provider";

/**
 * The top of a record's page: the way back to its list, its title, and the confirmation of a
 * save (just made here, or of the record just created, which the address says with `created`).
 */
export function RecordHead(props: { back: { href: string; label: string }; title: ReactNode; saved: boolean; savedText?: string }) {
  const t = useT();
  const created = useSearchParams().get("created");
  return (
    <>
      <p>
        <Link href={props.back.href}>← {props.back.label}</Link>
      </p>
      <h1>{props.title}</h1>
      {(created || props.saved) && (
        <p role="status" className="notice">
          {props.savedText ?? t("orgs.saved")}
        </p>
      )}
    </>
  );
}

/** A record's edit form in its card, under its heading. */
export function EditCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      {children}
    </section>
  );
}
