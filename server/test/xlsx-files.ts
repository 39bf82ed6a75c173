import { crc32, createDeflateRaw } from "node:zlib";

/**
 * Workbooks built byte by byte, for the tests of what an import refuses: a valid one, one whose
 * sheet inflates to hundreds of megabytes from a few hundred kilobytes, and one whose zip
 * directory lies about its sizes. Only what a reader needs is written (no styles, inline strings).
 */
type TEntry = { name: string; parts: Iterable<Buffer>; declared?: number; trailing?: Buffer };

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function column(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const sheetRow = (r: number, values: string[]) =>
  `<row r="${r}">${values.map((v, i) => (v ? `<c r="${column(i)}${r}" t="inlineStr"><is><t>${xml(v)}</t></is></c>` : "")).join("")}</row>`;

async function deflate(parts: Iterable<Buffer>): Promise<{ data: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const ended = new Promise((r) => z.on("end", r));
  let size = 0;
  let crc = 0;
  for (const p of parts) {
    size += p.length;
    crc = crc32(p, crc);
    if (!z.write(p)) await new Promise((r) => z.once("drain", r));
  }
  z.end();
  await ended;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip of deflated entries; `declared` replaces an entry's true unpacked size in both headers. */
async function zip(entries: TEntry[], options: { descriptors?: boolean } = {}): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // UTF-8 names; with descriptors, the sizes follow the data instead of standing in the header.
  const flags = 0x0800 | (options.descriptors ? 8 : 0);
  for (const e of entries) {
    const deflated = await deflate(e.parts);
    const { size, crc } = deflated;
    const data = e.trailing ? Buffer.concat([deflated.data, e.trailing]) : deflated.data;
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    if (!options.descriptors) {
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(e.declared ?? size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(options.descriptors ? 16 : 0);
    if (options.descriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc >>> 0, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(e.declared ?? size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(e.declared ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const one = (s: string) => [Buffer.from(s, "utf8")];

/**
 * A one-sheet workbook with `rows` under `headers`. `padding` megabytes of blanks inside the
 * sheet data make its XML that much larger unpacked (they deflate to almost nothing); `declared`
 * is the unpacked size its zip headers then claim for the sheet. `sheetFirst` puts the sheet
 * before xl/workbook.xml, after the relationships and shared strings. `descriptors` leaves the
 * sizes out of the local headers (bit 3, a data descriptor after each entry); `trailing` appends
 * bytes after the end of the sheet's deflate stream, inside its stated size.
 */
export async function builtWorkbook(
  headers: string[],
  rows: string[][],
  options: { padding?: number; declared?: number; sheetFirst?: boolean; descriptors?: boolean; trailing?: Buffer } = {},
): Promise<ArrayBuffer> {
  const MB = Buffer.alloc(1024 * 1024, " ");
  function* sheet() {
    yield Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[headers, ...rows].map((r, i) => sheetRow(i + 1, r)).join("")}`,
    );
    for (let i = 0; i < (options.padding ?? 0); i++) yield MB;
    yield Buffer.from("</sheetData></worksheet>");
  }
  const entries: TEntry[] = [
    {
      name: "[Content_Types].xml",
      parts: one(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      parts: one(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      parts: one(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="团员" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      parts: one(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/worksheets/sheet1.xml", parts: sheet(), declared: options.declared, trailing: options.trailing },
  ];
  if (options.sheetFirst) {
    // Relationships and shared strings, then the sheet, then xl/workbook.xml: an order the zip
    // format allows and exceljs' own writer sometimes produces.
    const [types, rels, workbook, workbookRels, sheetEntry] = entries as [TEntry, TEntry, TEntry, TEntry, TEntry];
    const strings = { name: "xl/sharedStrings.xml", parts: one(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>`) };
    entries.splice(0, entries.length, types, rels, workbookRels, strings, sheetEntry, workbook);
  }
  const file = await zip(entries, { descriptors: options.descriptors });
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
}
