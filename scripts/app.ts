// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, first-run demo seed, then Next.js. Ctrl-C stops Next first, then
// closes the database so nothing is lost.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { addCompileHints } from "./lib/compile-hints";
import { ensureAuthSecret, loadDotEnv, migrateDeploy, openDatabase, ROOT } from "./lib/database";
import { printDemoAccounts, seedIfEmpty } from "./lib/seed-if-empty";

async function main(): Promise<void> {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  loadDotEnv();
  const port = process.env.PORT ?? "3000";
  // Not HOSTNAME: containers set that to the machine name.
  const host = process.env.BIND_HOST ?? "127.0.0.1";
  const t0 = Date.now();

  const db = await openDatabase();
  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await db.stop();
    console.log("[slotbook] stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    console.log(db.embedded ? `[slotbook] embedded PostgreSQL (PGlite) at ${db.url}` : "[slotbook] using DATABASE_URL");
    await migrateDeploy(db.url);
    await seedIfEmpty(db.url);
  } catch (error) {
    console.error(error);
    await shutdown(1);
    return;
  }

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // The embedded server multiplexes one PGlite, so a small pool is plenty.
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (db.embedded ? "8" : "10"),
  };
  const next = path.join(ROOT, "node_modules", ".bin", "next");

  if (mode === "start" && process.env.SKIP_BUILD !== "1") {
    console.log("[slotbook] building the production bundle (next build)...");
    const build = spawnSync(next, ["build"], { cwd: ROOT, env, stdio: "inherit" });
    if (build.status !== 0) {
      await shutdown(build.status ?? 1);
      return;
    }
  }
  // Also on a build made with a bare `next build` (SKIP_BUILD=1 reuses whatever is there).
  if (mode === "start" && existsSync(path.join(ROOT, ".next", "build-manifest.json"))) addCompileHints(path.join(ROOT, ".next"));

  child = spawn(next, [mode, "-p", port, "-H", host], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  if (await waitForHealth(`http://127.0.0.1:${port}/api/health`, () => stopping)) {
    console.log(`[slotbook] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: http://localhost:${port}`);
    printDemoAccounts();
  }
}

async function waitForHealth(url: string, cancelled: () => boolean): Promise<boolean> {
  while (!cancelled()) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

void main();
