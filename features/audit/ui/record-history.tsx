"use client";

import { useT } from "@/components/i18n-provider";
import { actionLabel, fieldLabel, fieldValue } from "@/components/ui/field-value";
import { beijingDateTime } from "@/lib/time";

type TEntry = {
  id: string;
  /** The kind of record, for fields that read differently on different records. */
  entity?: string;
  action: string;
  at: string;
  who: string;
  changes: { field: string; before: unknown; after: unknown }[];
};

export function RecordHistory({ history }: { history: TEntry[] }) {
  const t = useT();
  return (
    <section style={{ marginTop: 16 }}>
      <h2>{t("org.history")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("org.historyEmpty")}</p>
      ) : (
        <ol className="card" style={{ paddingLeft: 32 }} data-testid="history">
          {history.map((h) => (
            <li key={h.id} style={{ marginBottom: 8 }}>
              {t("org.historyBy", { who: h.who, when: t("time.beijing", { at: beijingDateTime(h.at) }), action: actionLabel(t, h.action) })}
              {h.changes.length > 0 && (
                <table className="list" style={{ marginTop: 4 }}>
                  <thead>
                    <tr>
                      <th scope="col">{t("org.field")}</th>
                      <th scope="col">{t("org.before")}</th>
                      <th scope="col">{t("org.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.changes.map((c) => (
                      <tr key={c.field}>
                        <td>{fieldLabel(t, c.field, h.entity)}</td>
                        <td>{fieldValue(t, c.field, c.before, h.entity)}</td>
                        <td>{fieldValue(t, c.field, c.after, h.entity)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
