"use client";

import { isMessageKey, type TMessageKey } from "@/lib/i18n";
import { useT } from "../i18n-provider";
import { fieldValue } from "./field-value";
import { beijingDateTime } from "@/lib/time";

type TEntry = {
  id: string;
  action: string;
  at: string;
  who: string;
  changes: { field: string; before: unknown; after: unknown }[];
};

export function RecordHistory({ history }: { history: TEntry[] }) {
  const t = useT();
  const show = (field: string, v: unknown) => fieldValue(t, field, v);
  return (
    <section style={{ marginTop: 16 }}>
      <h2>{t("org.history")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("org.historyEmpty")}</p>
      ) : (
        <ol className="card" style={{ paddingLeft: 32 }} data-testid="history">
          {history.map((h) => (
            <li key={h.id} style={{ marginBottom: 8 }}>
              {t("org.historyBy", { who: h.who, when: t("time.beijing", { at: beijingDateTime(h.at) }), action: t(`org.action.${h.action}` as TMessageKey) })}
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
                        <td>{isMessageKey(`field.${c.field}`) ? t(`field.${c.field}` as TMessageKey) : c.field}</td>
                        <td>{show(c.field, c.before)}</td>
                        <td>{show(c.field, c.after)}</td>
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
