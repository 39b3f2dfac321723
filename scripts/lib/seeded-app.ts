// Starts the production app (scripts/app.ts: build unless SKIP_BUILD=1, demo
// seed, `next start`) on a free loopback port with a throwaway database, for
// the scripts that measure or photograph it (lighthouse, screenshots).
import { spawn } from "node:child_process";
import path from "node:path";
import { DEMO_HOST_EMAIL, DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { ROOT } from "./database";
import { freePort } from "./free-port";

export interface SeededApp {
  baseURL: string;
  stop: () => Promise<void>;
}

export async function startSeededApp(options: { port?: number } = {}): Promise<SeededApp> {
  // PORT pins the port (shared machines); otherwise any free one.
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : await freePort());
  const baseURL = `http://localhost:${port}`;
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/app.ts", "start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      // Always a throwaway database: never seed or measure the developer's own.
      PGLITE_DIR: "memory://",
      DATABASE_URL: "",
      SEED_DEMO: process.env.SEED_DEMO ?? "true",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "measurement-secret",
    },
    // Build and server logs go to stderr: stdout is the script's own report.
    stdio: ["ignore", process.stderr, process.stderr],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));

  // A build takes minutes on a small machine; give up after fifteen.
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return { baseURL, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("the app did not become healthy in time");
}

/** The seeded demo host's id (the demo accounts' password is public). */
export async function demoHostId(baseURL: string): Promise<string> {
  const tokenResponse = await fetch(`${baseURL}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_HOST_EMAIL, password: DEMO_PASSWORD }),
  });
  if (tokenResponse.status !== 201) throw new Error(`demo host sign-in failed (${tokenResponse.status}): is the demo world seeded?`);
  const { token } = (await tokenResponse.json()) as { token: string };
  const me = await fetch(`${baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  if (!me.ok) throw new Error(`GET /api/v1/me failed (${me.status})`);
  return ((await me.json()) as { id: string }).id;
}
