/**
 * Reads the rows of an uploaded roster workbook in a worker thread, so that a hostile or merely
 * huge file costs this thread, never the one serving requests. Plain JavaScript, loaded by path:
 * it runs as it is under `next start`, vitest and tsx alike (see xlsx-rows.ts beside it).
 *
 * First the zip itself is checked without trusting it: the central directory must describe
 * exactly the entries that follow each other in the file, its declared sizes must stay within
 * the limit, and then every entry is inflated with its output counted and thrown away, stopping
 * as soon as the real total passes the limit (declared sizes can lie); the rows of each sheet
 * are counted on the way, so a sheet with too many is refused before any is parsed. Only then
 * does exceljs' streaming reader read the rows, which are posted back in batches as text (and
 * counted again, as exceljs sees them).
 *
 * Messages: { type: "rows", rows: [rowNumber, string[]][] }, then { type: "done", rows } or
 * { type: "refused", message, params }.
 */
import { Readable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
import zlib from "node:zlib";
import ExcelJS from "exceljs";

class Refusal extends Error {
  constructor(message, params) {
    super(message);
    this.params = params;
  }
}

const MB = 1024 * 1024;
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;

/** The entries of a zip as its central directory lists them, checked against the local headers. */
function zipEntries(buf) {
  if (buf.length === 0) throw new Refusal("import.emptyFile");
  if (buf.length < 4 || buf.readUInt32LE(0) !== LOCAL) throw new Refusal("import.notXlsx");
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  // A file that starts as a zip and has lost its end was cut short.
  if (end < 0) throw new Refusal("import.damaged");
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Refusal("import.notXlsx"); // zip64: never needed within the limits
  if (cdOffset + cdSize !== end) throw new Refusal("import.damaged");

  const entries = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) throw new Refusal("import.damaged");
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      crc: buf.readUInt32LE(at + 16),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      declared: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  if (at !== end) throw new Refusal("import.damaged");

  // The entries must follow one another from the first byte to the directory, with nothing
  // hidden between them: a streaming reader walks the local headers, so they must say the same.
  let expected = 0;
  for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (e.offset !== expected || e.offset + 30 > cdOffset || buf.readUInt32LE(e.offset) !== LOCAL) throw new Refusal("import.damaged");
    const localFlags = buf.readUInt16LE(e.offset + 6);
    const localMethod = buf.readUInt16LE(e.offset + 8);
    const localCompressed = buf.readUInt32LE(e.offset + 18);
    if (localMethod !== e.method || (localFlags & 8) !== (e.flags & 8)) throw new Refusal("import.damaged");
    if (!(e.flags & 8) && localCompressed !== e.compressed) throw new Refusal("import.damaged");
    e.start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    expected = e.start + e.compressed;
    if (e.flags & 8) expected += expected + 4 <= cdOffset && buf.readUInt32LE(expected) === DESCRIPTOR ? 16 : 12;
    if (expected > cdOffset) throw new Refusal("import.damaged");
  }
  if (expected !== cdOffset) throw new Refusal("import.damaged");
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new Refusal("import.notXlsx");
  entries.directory = cdOffset;
  return entries;
}

/** The parts exceljs' streaming reader must have read before the first sheet, in this order. */
const WORKBOOK_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"];

/**
 * The zip exceljs reads: rebuilt from what was checked, never the bytes as sent. Its streaming
 * reader walks the local headers, and one whose sizes are left to a data descriptor makes it scan
 * for the next descriptor mark, which a crafted entry can place to hide another entry inside its
 * data. So each entry gets a local header stating the sizes checked here (and no descriptor),
 * followed by exactly the bytes inflated here. The workbook's own parts come before every sheet:
 * the zip format allows any order, and writers differ (exceljs itself writes its parts as they
 * finish), but exceljs' reader fails on a sheet that comes after the shared strings and before
 * xl/workbook.xml. The reader stops at the directory, which is kept as it was.
 */
function rebuiltForReader(buf, entries) {
  const rank = (e) => {
    const i = WORKBOOK_PARTS.indexOf(e.name);
    return i < 0 ? WORKBOOK_PARTS.length : i;
  };
  const ordered = [...entries].sort((a, b) => rank(a) - rank(b) || a.offset - b.offset);
  const parts = ordered.flatMap((e) => {
    const header = Buffer.from(buf.subarray(e.offset, e.start));
    header.writeUInt16LE(header.readUInt16LE(6) & ~8, 6);
    header.writeUInt32LE(e.crc, 14);
    header.writeUInt32LE(e.compressed, 18);
    header.writeUInt32LE(e.size, 22);
    return [header, buf.subarray(e.start, e.start + e.compressed)];
  });
  return Buffer.concat([...parts, buf.subarray(entries.directory)]);
}

/**
 * Counts the rows of a sheet's XML that hold a value (`<v>` or an inline string), as its bytes go
 * by, so a file with far too many rows is refused before a single row is parsed. Chunks are read
 * as Latin-1 (every tag is ASCII); a tag cut between two chunks is found once, in the second.
 */
function rowCounter(maxRows) {
  const TAG = /<row[\s>/]|<\/row>|<v[\s>]|<is>/g;
  let tail = "";
  let rows = 0;
  let hasValue = false;
  return (chunk) => {
    const text = tail + chunk.toString("latin1");
    TAG.lastIndex = 0;
    for (let m; (m = TAG.exec(text)); ) {
      if (m.index + m[0].length <= tail.length) continue;
      if (m[0] === "</row>") {
        // The header row is one of them.
        if (hasValue && ++rows > maxRows + 1) throw new Refusal("import.tooMany", { max: maxRows });
        hasValue = false;
      } else if (m[0].startsWith("<row")) hasValue = false;
      else hasValue = true;
    }
    tail = text.slice(-8);
  };
}

/**
 * Inflates one entry, counting and discarding its output; refuses once the total passes `budget`
 * (and, for a sheet, once its rows pass the limit).
 */
function inflatedSize(data, budget, maxMb, onChunk) {
  return new Promise((resolve, reject) => {
    const z = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    z.on("data", (chunk) => {
      size += chunk.length;
      try {
        if (size > budget) throw new Refusal("import.unpackedTooLarge", { max: maxMb });
        onChunk?.(chunk);
      } catch (e) {
        z.destroy();
        reject(e);
      }
    });
    // Bytes after the end of the deflate stream would be read by nobody here, but by a reader
    // that finds its entries by scanning: such an entry is refused.
    z.on("end", () => (z.bytesWritten === data.length ? resolve(size) : reject(new Refusal("import.damaged"))));
    z.on("error", () => reject(new Refusal("import.damaged")));
    z.end(data);
  });
}

async function checkZip(buf, maxMb, maxRows) {
  const limit = maxMb * MB;
  const entries = zipEntries(buf);
  if (entries.reduce((s, e) => s + e.declared, 0) > limit) throw new Refusal("import.unpackedTooLarge", { max: maxMb });
  let total = 0;
  for (const e of entries) {
    const data = buf.subarray(e.start, e.start + e.compressed);
    const rows = /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name) ? rowCounter(maxRows) : undefined;
    if (e.method === 0) {
      e.size = data.length;
      if (total + e.size <= limit) rows?.(data);
    } else if (e.method === 8) e.size = await inflatedSize(data, limit - total, maxMb, rows);
    else throw new Refusal("import.notXlsx");
    total += e.size;
    if (total > limit) throw new Refusal("import.unpackedTooLarge", { max: maxMb });
  }
  return entries;
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, numbers without exponent. */
function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
    if ("text" in value) return String(value.text).trim();
    if ("result" in value) return cellText(value.result);
    if ("error" in value) return "";
  }
  return String(value).trim();
}

/**
 * Streams the rows of the first sheet whose row 1 names every required column (never the
 * template's notes sheet), posting them in batches; refuses once the rows pass the limit.
 */
async function readRows(buf, { headers, required, skipSheet, maxRows, batchSize }) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // dates are numbers with a date format
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let sheets = 0;
  for await (const sheet of reader) {
    if (sheet.name === skipSheet) continue;
    sheets++;
    let columns = null;
    let rows = 0;
    let batch = [];
    for await (const row of sheet) {
      if (!columns) {
        if (row.number !== 1) break;
        const found = headers.map(() => 0);
        row.eachCell((cell, col) => {
          const i = headers.indexOf(cellText(cell.value));
          if (i >= 0) found[i] = col;
        });
        if (!required.every((i) => found[i])) break;
        columns = found;
        continue;
      }
      if (!row.hasValues) continue;
      if (++rows > maxRows) throw new Refusal("import.tooMany", { max: maxRows });
      const values = columns.map((col) => (col ? cellText(row.getCell(col).value) : ""));
      if (values.every((v) => v === "")) continue;
      batch.push([row.number, values]);
      if (batch.length >= batchSize) {
        parentPort.postMessage({ type: "rows", rows: batch });
        batch = [];
      }
    }
    if (!columns) continue;
    if (batch.length) parentPort.postMessage({ type: "rows", rows: batch });
    return rows;
  }
  throw new Refusal(sheets === 0 ? "import.empty" : "import.missingColumns");
}

try {
  const { bytes } = workerData;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = await checkZip(buf, workerData.maxUnpackedMb, workerData.maxRows);
  const rows = await readRows(rebuiltForReader(buf, entries), workerData);
  parentPort.postMessage({ type: "done", rows });
} catch (e) {
  // What the checks let through but exceljs cannot read is not a workbook it understands.
  if (e instanceof Refusal) parentPort.postMessage({ type: "refused", message: e.message, params: e.params });
  else parentPort.postMessage({ type: "refused", message: "import.notXlsx", detail: String(e?.message ?? e).slice(0, 200) });
}
// Ending here runs exceljs' clean-up of the temporary files it keeps sheets in.
process.exit(0);
