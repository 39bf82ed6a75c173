/** Runs once when the server starts: a misconfigured environment stops it with a clear list. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/env");
    env();
  }
}
