import { inflateRawSync } from "node:zlib";

/** True when the bytes are a zip archive (an .xlsx workbook is one). */
export const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

/**
 * The text of every entry of a zip archive, read through its central directory: for a workbook,
 * the XML of its sheets, shared strings and names, where any cell's text shows up.
 */
export function zipText(b: Buffer): string {
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive: no central directory");
  const entries = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const parts: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (b.readUInt32LE(at) !== 0x02014b50) throw new Error("broken zip central directory");
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const extraLength = b.readUInt16LE(at + 30);
    const commentLength = b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    parts.push((method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts.join("\n");
}
