// The embedded server must keep concurrent connections apart: many pools firing
// extended-protocol queries at once, each must get its own answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { spawn } from "node:child_process";
import { autovacuum, isAlive, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

let db: EmbeddedDb;

beforeAll(async () => {
  db = await startEmbeddedDb({ dataDir: "memory://" });
}, 60_000);

afterAll(async () => {
  await db.stop();
});

describe("embedded PostgreSQL over pglite-socket", () => {
  it("answers interleaved extended-protocol queries from many connections correctly", async () => {
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: db.url, max: 6 }));
    try {
      const jobs = Array.from({ length: 600 }, (_, i) => {
        const pool = pools[i % pools.length]!;
        // Different statement texts: with one shared text, a Bind landing on
        // another connection's unnamed statement would go unnoticed.
        const sql = i % 2 === 0 ? `SELECT $1::int AS v, $2::text AS w, ${i % 5} AS k` : `SELECT $2::text AS w, $1::int AS v, ${i % 5} AS k`;
        return pool.query<{ v: number; w: string; k: number }>(sql, [i, `row-${i}`]).then((r) => r.rows[0]);
      });
      const rows = await Promise.all(jobs);
      rows.forEach((row, i) => expect(row).toEqual({ v: i, w: `row-${i}`, k: i % 5 }));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  }, 60_000);

  it("runs a statement's Parse..Sync group in one call into PGlite, errors included", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { startEmbeddedDbFromInstance } = await import("./embedded-db");
    const instance = await PGlite.create("memory://");
    let calls = 0;
    const original = instance.execProtocolRawStream.bind(instance);
    instance.execProtocolRawStream = (message, options) => {
      calls += 1;
      return original(message, options);
    };
    const served = await startEmbeddedDbFromInstance(instance);
    const client = new pg.Client({ connectionString: served.url });
    try {
      await client.connect();
      calls = 0;
      const rows = await Promise.all(Array.from({ length: 20 }, (_, i) => client.query("SELECT $1::int + 1 AS v", [i])));
      expect(rows.map((r) => r.rows[0].v)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(calls).toBe(20);
      // A failing statement still answers with its error and leaves the connection usable.
      await expect(client.query("SELECT $1::int / 0", [1])).rejects.toThrow(/division by zero/);
      expect((await client.query("SELECT 2 AS v")).rows[0].v).toBe(2);
    } finally {
      await client.end();
      await served.stopServerOnly();
      await instance.close();
    }
  }, 60_000);

  it("never lets a transaction start inside another connection's Parse..Sync group", async () => {
    const tx = new pg.Pool({ connectionString: db.url, max: 4 });
    const plain = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const transactions = Array.from({ length: 60 }, async (_, i) => {
        const client = await tx.connect();
        try {
          await client.query("BEGIN");
          const r = await client.query<{ a: number }>("SELECT $1::int AS a", [i]);
          await client.query("COMMIT");
          return r.rows[0]?.a;
        } finally {
          client.release();
        }
      });
      const queries = Array.from({ length: 200 }, (_, i) =>
        plain.query<{ a: number; b: number; c: number }>("SELECT $1::int AS a, $2::int AS b, $3::int AS c", [i, i + 1, i + 2]).then((r) => r.rows[0]),
      );
      const [txResults, queryResults] = await Promise.all([Promise.all(transactions), Promise.all(queries)]);
      txResults.forEach((a, i) => expect(a).toBe(i));
      queryResults.forEach((row, i) => expect(row).toEqual({ a: i, b: i + 1, c: i + 2 }));
    } finally {
      await tx.end();
      await plain.end();
    }
  }, 60_000);

  it("keeps a transaction on its own connection while others query", async () => {
    const a = new pg.Pool({ connectionString: db.url, max: 1 });
    const b = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      await a.query("CREATE TABLE t (v int)");
      const tx = (async () => {
        const client = await a.connect();
        await client.query("BEGIN");
        await client.query("INSERT INTO t VALUES ($1)", [1]);
        await client.query("ROLLBACK");
        client.release();
      })();
      const reads = Promise.all(Array.from({ length: 50 }, () => b.query<{ n: string }>("SELECT count(*)::text AS n FROM t")));
      await tx;
      const counts = (await reads).map((r) => r.rows[0]?.n);
      expect(counts.every((n) => n === "0")).toBe(true);
    } finally {
      await a.end();
      await b.end();
    }
  }, 60_000);
});

describe("autovacuum stand-in", () => {
  it("vacuums a table whose updates left dead rows, analyzes one that changed, and leaves a quiet one alone", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query("CREATE TABLE churn (id int PRIMARY KEY, n int)");
      await client.query("CREATE TABLE quiet (id int PRIMARY KEY)");
      await client.query("INSERT INTO churn SELECT g, 0 FROM generate_series(1, 500) g");
      await client.query("INSERT INTO quiet SELECT g FROM generate_series(1, 10) g");
      // Statistics reach the shared counters when a backend goes idle, at most once a second unless forced.
      const flushStats = () => client.query("SELECT pg_stat_force_next_flush()").then(() => client.query("SELECT 1"));
      await flushStats();
      // 500 new rows are worth analyzing; 10 are below the threshold.
      expect(await autovacuum(db.url)).toEqual(["public.churn"]);
      for (let round = 0; round < 3; round += 1) await client.query("UPDATE churn SET n = n + 1");
      await flushStats();
      const dead = async () => Number((await client.query<{ n: string }>("SELECT n_dead_tup AS n FROM pg_stat_user_tables WHERE relname = 'churn'")).rows[0]?.n);
      expect(await dead()).toBeGreaterThan(1000);

      expect(await autovacuum(db.url)).toEqual(["public.churn"]);
      await flushStats();
      expect(await dead()).toBe(0);
      expect(await autovacuum(db.url)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 60_000);
});

describe("who owns a PGlite folder", () => {
  it("a zombie (killed with -9, never reaped) owns nothing; a live process does", async () => {
    // The shell's background child is killed; the exec'd sleep that becomes its
    // parent never waits for it, so it stays a zombie, as it would under an init
    // that does not reap.
    const shell = spawn("sh", ["-c", "sleep 60 & echo $!; exec sleep 30"]);
    try {
      const pid = await new Promise<number>((resolve) => shell.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      expect(isAlive(pid)).toBe(true);
      process.kill(pid, "SIGKILL");
      await expect.poll(() => isAlive(pid)).toBe(false);
      expect(isAlive(process.pid)).toBe(true);
    } finally {
      shell.kill("SIGKILL");
    }
  });
});
