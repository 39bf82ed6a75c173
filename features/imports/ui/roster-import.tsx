"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { translateMessage, type TMessageKey } from "@/lib/i18n";
import { useT } from "@/components/i18n-provider";
import { StaticTable } from "@/components/ui/static-table";

type TProblem = { row: number; field: string; header: string; message: string; value: string };
type TLine =
  | { type: "progress"; phase: "read" | "check" | "write"; done: number; total: number }
  | { type: "result"; ok: true; created: number }
  | { type: "result"; ok: false; problems: TProblem[]; rows: number }
  | { type: "error"; message: string };

export const IMPORT_ROSTERS = {
  members: { title: "import.title", done: "import.done", list: "members", nav: "nav.members" },
  cadres: { title: "import.titleCadres", done: "import.doneCadres", list: "cadres", nav: "nav.cadres" },
  orgs: { title: "import.titleOrgs", done: "import.doneOrgs", list: "orgs", nav: "nav.orgs" },
  schools: { title: "import.titleSchools", done: "import.doneSchools", list: "coverage", nav: "nav.coverage" },
  units: { title: "import.titleUnits", done: "import.doneUnits", list: "coverage", nav: "nav.coverage" },
  youthHomes: { title: "import.titleYouthHomes", done: "import.doneYouthHomes", list: "coverage", nav: "nav.coverage" },
} as const satisfies Record<string, { title: TMessageKey; done: TMessageKey; list: string; nav: TMessageKey }>;
export type TImportRoster = keyof typeof IMPORT_ROSTERS;

/** Uploads a roster workbook and follows the server's progress lines until its result arrives. */
export function RosterImport({ countyCode, roster }: { countyCode: string; roster: TImportRoster }) {
  const config = IMPORT_ROSTERS[roster];
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Extract<TLine, { type: "progress" }> | null>(null);
  const [result, setResult] = useState<Extract<TLine, { type: "result" }> | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError(t("import.noFile"));
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(null);
    try {
      const body = new FormData();
      body.set("file", file);
      body.set("countyCode", countyCode);
      const res = await fetch(`/api/import/${roster}`, { method: "POST", body });
      if (!res.ok || !res.body) {
        const payload = (await res.json().catch(() => ({}))) as { error?: string };
        return setError(translateMessage(t, payload.error ?? "import.failed"));
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const msg = JSON.parse(line) as TLine;
          if (msg.type === "progress") setProgress(msg);
          if (msg.type === "result") setResult(msg);
          if (msg.type === "error") setError(translateMessage(t, msg.message));
        }
      }
      await queryClient.invalidateQueries();
    } catch {
      setError(t("signIn.network"));
    } finally {
      setBusy(false);
    }
  }

  function downloadReport(problems: TProblem[]) {
    const cell = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
    const rows = [
      [t("import.row"), t("import.column"), t("import.value"), t("import.problem")],
      ...problems.map((p) => [p.row, p.header, p.value, translateMessage(t, p.message)]),
    ];
    // A byte-order mark so that Excel opens the Chinese text correctly.
    const blob = new Blob(["\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n")], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "import-problems.csv";
    a.click();
    URL.revokeObjectURL(a.href);
  }

  return (
    <>
      <h1>{t(config.title)}</h1>
      <p>{t("import.intro")}</p>
      <p>
        <a className="button" href={`/api/import/${roster}/template`} download>
          {t("import.template")}
        </a>
      </p>
      <p className="muted">{t("import.templateHint")}</p>
      <form className="stack card" onSubmit={run}>
        <div className="field">
          <label htmlFor="import-file">{t("import.file")}</label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {t("import.submit")}
          </button>
        </div>
        {busy && progress && (
          <div role="status" aria-live="polite">
            <progress max={progress.total || 1} value={progress.done} style={{ width: "100%" }} />
            {t("import.progress", { phase: t(`import.phase.${progress.phase}`), done: progress.done, total: progress.total })}
          </div>
        )}
      </form>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {result?.ok === true && (
        <p role="status" className="notice">
          {t(config.done, { count: result.created })} <Link href={`/county/${countyCode}/${config.list}`}>{t(config.nav)}</Link>
        </p>
      )}
      {result?.ok === false && (
        <section>
          <p role="alert" className="alert">
            {t("import.rejected", { rows: result.rows, count: result.problems.length })}
          </p>
          <p>
            <button type="button" onClick={() => downloadReport(result.problems)}>
              {t("import.report")}
            </button>
          </p>
          <StaticTable
            testId="import-problems"
            head={[t("import.row"), t("import.column"), t("import.value"), t("import.problem")]}
            rows={result.problems}
            rowKey={(_, i) => i}
            cells={(p) => [p.row, p.header, p.value || "—", translateMessage(t, p.message)]}
          />
        </section>
      )}
    </>
  );
}
