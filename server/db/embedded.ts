import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { createServer } from "node:net";

export type EmbeddedPostgres = {
  url: string;
  close: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves the PostgreSQL wire protocol on a
 * loopback port, so the app talks to it through the same `pg` driver adapter as to a real server.
 * `dataDir` undefined keeps everything in memory (tests); a folder keeps data across restarts.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(dataDir ?? "memory://");
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  await server.start();
  let closed = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    close: async () => {
      if (closed) return;
      closed = true;
      await server.stop();
      // A data folder that is not closed cleanly hangs the next start.
      await db.close();
    },
  };
}
