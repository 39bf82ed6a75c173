import "server-only";

/** The largest procedure call the API reads: forms send a few kilobytes; files go to /api/import. */
export const MAX_CALL_BYTES = 1024 * 1024;

/**
 * The request with its body read up to `max` bytes, or null when it is larger: a client cannot
 * make the server hold an unbounded body in memory, whether it declares the length or streams it.
 */
export async function withinLimit(req: Request, max = MAX_CALL_BYTES): Promise<Request | null> {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body });
}
