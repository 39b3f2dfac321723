// The embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) persisted
// in a folder and served over the wire protocol on a loopback port, so that the
// app, Prisma's CLI and psql all connect with an ordinary URL.
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";
import { GroupedQueryQueue } from "./grouped-query-queue";

export interface EmbeddedDb {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDbOptions {
  /** Folder to persist in, or "memory://" for a throwaway database. */
  dataDir: string;
  port?: number;
  maxConnections?: number;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A process killed with -9 whose parent is gone stays a zombie until init
  // reaps it, and containers often run an init that never does: a zombie
  // holds no files, so it does not own the folder.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

// One process must own a PGlite folder: two writers corrupt it.
function claim(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = path.join(dataDir, "..", `${path.basename(dataDir)}.pid`);
  try {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is already open in process ${pid}. ` +
          "Stop that process first (only one process may own a PGlite folder).",
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const inMemory = options.dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : claim(options.dataDir);
  const db = await PGlite.create(inMemory ? "memory://" : options.dataDir, {
    extensions: { btree_gist },
  });
  const served = await startEmbeddedDbFromInstance(db, options);
  const analyzer = scheduleAnalyze(served.url);
  let stopped = false;
  return {
    port: served.port,
    url: served.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(analyzer);
      await served.stopServerOnly();
      // close() checkpoints and flushes the folder: nothing is lost on Ctrl-C.
      await db.close();
      release();
    },
  };
}

const ANALYZE_EVERY_MS = 15 * 60_000;

/**
 * PGlite has no autovacuum, so nothing would ever refresh the planner's
 * statistics as tables grow. ANALYZE now and then, through the socket like any
 * client (a query on the PGlite object itself could land inside another
 * connection's open transaction).
 */
function scheduleAnalyze(url: string): NodeJS.Timeout {
  const timer = setInterval(() => {
    const client = new pg.Client({ connectionString: url });
    client
      .connect()
      .then(() => client.query("ANALYZE"))
      .catch((error: unknown) => console.error("[slotbook] embedded database: ANALYZE failed", error))
      .finally(() => void client.end().catch(() => {}));
  }, ANALYZE_EVERY_MS);
  timer.unref();
  return timer;
}

/** Serves an already open PGlite (tests build theirs from a snapshot). */
export async function startEmbeddedDbFromInstance(
  db: PGlite,
  options: { port?: number; maxConnections?: number } = {},
): Promise<{ url: string; port: number; stopServerOnly(): Promise<void> }> {
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: options.maxConnections ?? 64 });
  // Replace the message-by-message multiplexer before any connection arrives
  // (see grouped-query-queue.ts); handlers pick the queue up when they connect.
  Object.assign(server, { queryQueue: new GroupedQueryQueue(db) });
  await server.start();
  return {
    port,
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stopServerOnly: () => server.stop(),
  };
}
