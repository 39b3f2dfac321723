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
  const vacuum = scheduleAutovacuum(served.url);
  let stopped = false;
  return {
    port: served.port,
    url: served.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(vacuum);
      await served.stopServerOnly();
      // close() checkpoints and flushes the folder: nothing is lost on Ctrl-C.
      await db.close();
      release();
    },
  };
}

/** autovacuum_naptime's default. */
const AUTOVACUUM_EVERY_MS = 60_000;

// PostgreSQL's default autovacuum thresholds: a table is vacuumed once its
// dead rows (or rows inserted since the last vacuum) pass a base plus a share
// of its size, and analyzed once that many rows changed.
const TABLES_DUE = `SELECT format('%I.%I', schemaname, relname) AS "table",
    (n_dead_tup > 50 + 0.2 * n_live_tup OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup) AS "vacuum"
  FROM pg_stat_user_tables
  WHERE n_dead_tup > 50 + 0.2 * n_live_tup OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup OR n_mod_since_analyze > 50 + 0.1 * n_live_tup`;

/**
 * PGlite has no autovacuum, so dead rows would pile up forever and the
 * planner's statistics never follow the tables: a job queue whose rows are
 * updated several times each ends up scanning thousands of dead index
 * entries per claim. This stands in for it, with its defaults, through the
 * socket like any client (a statement on the PGlite object itself could land
 * inside another connection's open transaction).
 */
function scheduleAutovacuum(url: string): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void autovacuum(url)
      .catch((error: unknown) => console.error("[slotbook] embedded database: autovacuum failed", error))
      .finally(() => (running = false));
  }, AUTOVACUUM_EVERY_MS);
  timer.unref();
  return timer;
}

export async function autovacuum(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; vacuum: boolean }>(TABLES_DUE);
    for (const row of rows) await client.query(row.vacuum ? `VACUUM (ANALYZE) ${row.table}` : `ANALYZE ${row.table}`);
    return rows.map((row) => row.table);
  } finally {
    await client.end().catch(() => {});
  }
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
