// Starts the production server the way `npm start` does (scripts/app.ts: build,
// migrations, next start), on a throwaway database: an in-memory PGlite, or a
// scratch database created on the DATABASE_URL server and dropped afterwards.
// The bench never touches .data/ or the database DATABASE_URL names.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  engine: "pglite" | "postgresql";
  logFile: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  embeddedDbPort: number;
  databaseUrl?: string;
  skipBuild: boolean;
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function waitForPing(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${url} in 15 minutes; see ${logFile}`);
}

export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const logFile = path.join(tmpdir(), `slotbook-bench-${process.pid}.log`);
  const log = createWriteStream(logFile);
  let databaseUrl: string;
  let dropScratch = async () => {};
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    SEED_DEMO: "false",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${options.port}`,
    ...(options.skipBuild ? { SKIP_BUILD: "1" } : {}),
  };
  if (options.databaseUrl) {
    const scratch = `slotbook_bench_${process.pid}`;
    await withAdmin(options.databaseUrl, (c) => c.query(`CREATE DATABASE ${scratch}`));
    const url = new URL(options.databaseUrl);
    url.pathname = `/${scratch}`;
    databaseUrl = url.toString();
    env.DATABASE_URL = databaseUrl;
    dropScratch = async () => {
      await withAdmin(options.databaseUrl!, (c) => c.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`));
    };
  } else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = "memory://";
    env.EMBEDDED_DB_PORT = String(options.embeddedDbPort);
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${options.embeddedDbPort}/postgres`;
  }

  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/app.ts", "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        // The whole group: next start is a grandchild.
        if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }, 20_000);
      await exited;
      clearTimeout(timer);
    }
    await dropScratch();
    log.end();
  };

  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitForPing(`${baseUrl}/api/ping`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl, engine: options.databaseUrl ? "postgresql" : "pglite", logFile, stop };
}
