import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { msg } from "@/lib/validation/messages";
import type { TSettings } from "@/features/settings/settings";
import { DomainError } from "@/server/errors";

/** The limits an upload is read under; they come from the settings (group "uploads"). */
export type TUploadLimits = { maxMb: number; maxRows: number; maxUnpackedMb: number; parseSeconds: number };

export const uploadLimits = (s: TSettings): TUploadLimits => ({
  maxMb: s.uploadMaxMb,
  maxRows: s.uploadMaxRows,
  maxUnpackedMb: s.uploadMaxUnpackedMb,
  parseSeconds: s.uploadParseSeconds,
});

/** The heap a reading worker may use: far above a legitimate file's needs, far below the server's. */
const WORKER_HEAP_MB = 256;
const BATCH = 500;

/**
 * The worker is a plain .mjs file found from the project root, not through the bundler: Next
 * bundles server code into .next, where a path relative to this module no longer exists, while
 * `next start`, vitest and the scripts all run from the root, where the file and exceljs are.
 */
function workerPath(): string {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "features", "imports", "server", "xlsx-rows.worker.mjs");
  if (!existsSync(file)) throw new Error(`the workbook reader is missing at ${file}: start the server from the project folder`);
  return file;
}

type TWorkerMessage =
  | { type: "rows"; rows: [number, string[]][] }
  | { type: "done"; rows: number }
  | { type: "refused"; message: string; params?: Record<string, number>; detail?: string };

const refused = (message: string, params?: Record<string, number>) => new DomainError("BAD_INPUT", msg(message, params), "file");

/**
 * Reads the rows of a workbook in a worker thread under the limits: `onRows` gets each batch of
 * [row number, text of each column] as it arrives (each batch is its own turn of the event loop,
 * so other requests are served in between). Resolves with the number of data rows; rejects with
 * a DomainError whose message names the limit a file passed, or says the file is empty, damaged,
 * not a workbook or lacks the required columns. A worker that runs past the time limit or its
 * heap is terminated.
 */
export function readWorkbookRows(
  file: ArrayBuffer,
  sheet: { headers: string[]; required: number[]; skipSheet: string },
  limits: TUploadLimits,
  onRows: (rows: [number, string[]][]) => void,
): Promise<number> {
  if (file.byteLength > limits.maxMb * 1024 * 1024) return Promise.reject(refused("import.tooLarge", { max: limits.maxMb }));
  // A copy moves to the worker; the caller keeps its own (a Buffer passed as one included).
  const given = ArrayBuffer.isView(file) ? new Uint8Array(file.buffer, file.byteOffset, file.byteLength) : new Uint8Array(file);
  const bytes = given.slice();
  return new Promise((resolve, reject) => {
    let settled = false;
    // exceljs keeps sheets it cannot read yet in temporary files, and a worker terminated for a
    // limit never removes them: each worker gets a folder of its own, removed when it ends.
    const scratch = mkdtempSync(path.join(tmpdir(), "tuanjian-xlsx-"));
    const worker = new Worker(workerPath(), {
      env: { ...process.env, TMPDIR: scratch },
      workerData: { bytes, ...sheet, maxRows: limits.maxRows, maxUnpackedMb: limits.maxUnpackedMb, batchSize: BATCH },
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    const finish = (error: Error | null, rows = 0) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      queue.length = 0;
      if (error) {
        void worker.terminate();
        reject(error);
      } else {
        // The worker ends itself (removing exceljs' temporary files); this is only a backstop.
        setTimeout(() => void worker.terminate(), 5000).unref();
        resolve(rows);
      }
    };
    const timer = setTimeout(() => finish(refused("import.tooSlow", { max: limits.parseSeconds })), limits.parseSeconds * 1000);
    // Node hands over every message waiting on a port in one go; checking them one batch per turn
    // of the event loop lets requests and database answers in between, however far ahead the worker is.
    const queue: (TWorkerMessage | { type: "exit" })[] = [];
    const next = () => {
      const m = queue.shift();
      if (!m || settled) return;
      try {
        if (m.type === "rows") onRows(m.rows);
        else if (m.type === "done") finish(null, m.rows);
        else if (m.type === "exit") finish(new Error("the workbook reader stopped without an answer"));
        else {
          if (m.detail) console.warn(`workbook refused as unreadable: ${m.detail}`);
          finish(refused(m.message, m.params));
        }
      } catch (e) {
        finish(e as Error);
      }
      if (queue.length) setImmediate(next);
    };
    const enqueue = (m: (typeof queue)[number]) => {
      if (settled) return;
      // A refusal need not wait for the rows before it: nothing will be written anyway.
      if (m.type === "refused") queue.length = 0;
      if (queue.push(m) === 1) setImmediate(next);
    };
    worker.on("message", enqueue);
    worker.on("error", (e: Error & { code?: string }) =>
      finish(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? refused("import.unpackedTooLarge", { max: limits.maxUnpackedMb }) : e),
    );
    // Its last messages may still wait in the queue when the worker has ended.
    worker.on("exit", () => {
      rmSync(scratch, { recursive: true, force: true });
      enqueue({ type: "exit" });
    });
  });
}
