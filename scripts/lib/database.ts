// Resolves the database the app runs on: DATABASE_URL when given, otherwise the
// embedded PGlite in .data/. Both get the same committed migrations.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedDb } from "./embedded-db";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const DATA_DIR = path.join(ROOT, ".data");

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const port = process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined;
  // PGLITE_DIR=memory:// gives a throwaway database (the e2e suite uses it).
  const dataDir = process.env.PGLITE_DIR ?? path.join(DATA_DIR, "pglite");
  const db = await startEmbeddedDb({ dataDir, port });
  return { url: db.url, embedded: true, stop: () => db.stop() };
}

export function prismaBin(): string {
  return path.join(ROOT, "node_modules", ".bin", "prisma");
}

/**
 * `prisma migrate deploy` in a child process. Asynchronous on purpose: when the
 * embedded database is served from this very process, a synchronous spawn would
 * block the event loop that has to answer the child's queries (deadlock).
 */
export async function migrateDeploy(url: string): Promise<void> {
  const child = spawn(prismaBin(), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) {
    process.stderr.write(output);
    throw new Error("prisma migrate deploy failed");
  }
  const found = /(\d+) migrations? found/.exec(output)?.[1] ?? "?";
  console.log(`[slotbook] database schema up to date (${found} migration(s))`);
}

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in .data/. */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export function loadDotEnv(): void {
  const file = path.join(ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
