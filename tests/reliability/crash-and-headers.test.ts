// The production server under a create load, killed with SIGKILL (its whole
// process group: scripts/app.ts, the embedded database it hosts, next start)
// and restarted on the same data: every booking acknowledged with 201 must
// exist, no two blocking bookings may overlap (SQL, same statuses as the
// exclusion constraints), and the server must be healthy again. Run on the
// embedded PGlite (a persistent throwaway PGLITE_DIR) and, when
// TEST_DATABASE_URL is set (CI), on PostgreSQL too.
//
// The same server then answers the HTTP-only checks: security headers on
// pages and API responses, and the sign-in rate limit through the real
// next-auth handler.
//
// Needs a production build (.next/BUILD_ID): CI runs this suite after the e2e
// suite, which leaves one; otherwise the test builds first.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../setup/pg-url";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.RELIABILITY_PORT ?? 3121);
const DB_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const CLIENTS = 8;
const CONCURRENCY = 16;
const KILL_AFTER_ACKS = Number(process.env.CRASH_KILL_AFTER ?? 60);

interface Target {
  name: "pglite" | "postgres";
  env: Record<string, string>;
  /** SQL access to the server's database (PGlite: through the app's embedded server, while it runs). */
  sqlUrl: string;
  cleanup(): Promise<void>;
}

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    BIND_HOST: "127.0.0.1",
    SKIP_BUILD: "1",
    SEED_DEMO: "false",
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "reliability-secret",
    BCRYPT_COST: "4",
    WEBHOOK_POLL_MS: "60000",
    RATE_LIMIT_SIGNUP_PER_IP: "100000",
    RATE_LIMIT_TOKEN_PER_IP: "100000",
    RATE_LIMIT_TOKEN_PER_EMAIL: "100000",
    RATE_LIMIT_SIGNIN_PER_IP: "100000",
    // Low on purpose: the sign-in test below hits it.
    RATE_LIMIT_SIGNIN_PER_EMAIL: "3",
    ...extra,
  };
}

let server: ChildProcess | undefined;
let serverLog = "";

async function waitHealthy(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`server exited (${server.exitCode}):\n${serverLog.slice(-3000)}`);
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy in ${timeoutMs} ms:\n${serverLog.slice(-3000)}`);
}

async function startServer(target: Target): Promise<void> {
  serverLog = "";
  // detached: its own process group, so kill -9 reaches tsx, the database and next alike.
  server = spawn("npm", ["start"], { cwd: ROOT, env: serverEnv(target.env), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (d: Buffer) => (serverLog += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (serverLog += d.toString()));
  await waitHealthy();
}

async function killServer(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
  await exited;
  // The group may outlive its leader for a moment: wait until the port is free.
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(200) });
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server = undefined;
}

async function api(pathname: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const res = await fetch(`${BASE}${pathname}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep text
  }
  return { status: res.status, body, headers: res.headers };
}

async function signUp(email: string, roles: string[] = ["client"]): Promise<{ id: string; token: string }> {
  const created = await api("/api/v1/auth/signup", { body: { email, password: "correct horse", name: email.split("@")[0], roles } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const token = await api("/api/v1/auth/token", { body: { email, password: "correct horse" } });
  expect(token.status).toBe(201);
  return { id: (created.body as { user: { id: string } }).user.id, token: (token.body as { token: string }).token };
}

function targets(): Target[] {
  const list: Target[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "slotbook-crash-"));
  list.push({
    name: "pglite",
    env: { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite"), EMBEDDED_DB_PORT: String(DB_PORT) },
    sqlUrl: `postgres://postgres:postgres@127.0.0.1:${DB_PORT}/postgres`,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  });
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `slotbook_crash_${process.pid}`;
    const url = withDatabase(pgUrl, name);
    list.push({
      name: "postgres",
      env: { DATABASE_URL: url },
      sqlUrl: url,
      cleanup: async () => {
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    });
  }
  return list;
}

async function prepareTarget(target: Target): Promise<void> {
  if (target.name !== "postgres") return;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = new URL(target.sqlUrl).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function sql<T extends pg.QueryResultRow>(target: Target, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: target.sqlUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const OVERLAPS_SQL = `
  SELECT a.id AS a, b.id AS b, 'host' AS side FROM "Booking" a JOIN "Booking" b
    ON a."hostId" = b."hostId" AND a.id < b.id
   AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(b."startAt", b."endAt", '[)')
  WHERE a.kind IN ('individual', 'group_session') AND b.kind IN ('individual', 'group_session')
    AND a.status IN ('pending_payment', 'pending', 'confirmed', 'in_progress')
    AND b.status IN ('pending_payment', 'pending', 'confirmed', 'in_progress')
  UNION ALL
  SELECT a.id, b.id, 'client' FROM "Booking" a JOIN "Booking" b
    ON a."clientId" = b."clientId" AND a.id < b.id
   AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(b."startAt", b."endAt", '[)')
  WHERE a.kind IN ('individual', 'seat') AND b.kind IN ('individual', 'seat')
    AND a.status IN ('pending_payment', 'pending', 'confirmed', 'in_progress')
    AND b.status IN ('pending_payment', 'pending', 'confirmed', 'in_progress')`;

beforeAll(() => {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  const build = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}, 600_000);

afterAll(async () => {
  await killServer("SIGKILL");
});

describe.each(targets().map((t) => [t.name, t] as const))("crash test on %s", (_name, target) => {
  afterAll(async () => {
    await killServer("SIGKILL");
    await target.cleanup();
  });

  it("keeps every acknowledged booking and never overlaps after kill -9 mid-load", async () => {
    await prepareTarget(target);
    await startServer(target);
    const stamp = Date.now().toString(36);
    const host = await signUp(`host-${stamp}@crash.test`, ["host", "client"]);
    expect((await api("/api/v1/me/host-settings", { method: "PATCH", token: host.token, body: { minNoticeMinutes: 0, horizonDays: 365 } })).status).toBe(200);
    const weekly = await api("/api/v1/availability/weekly", { method: "PUT", token: host.token, body: { rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "00:00", end: "24:00" })) } });
    expect(weekly.status).toBe(200);
    const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => signUp(`client${i}-${stamp}@crash.test`)));

    // Slots on a 30-minute grid from day 3 on; every fourth request reuses
    // the previous request's slot, so some collide.
    const base = new Date(Date.now() + 3 * 86_400_000);
    base.setUTCHours(0, 0, 0, 0);
    let n = 0;
    let lastSlot = base.toISOString();
    const nextRequest = () => {
      const i = n++;
      const slot = i % 4 === 3 ? lastSlot : new Date(base.getTime() + i * 30 * 60_000).toISOString();
      lastSlot = slot;
      return { client: clients[i % CLIENTS]!, slot };
    };

    const acked: string[] = [];
    const statuses: Record<string, number> = {};
    let killed = false;
    let killing: Promise<void> | undefined;
    const workerLoop = async () => {
      while (!killed) {
        const { client, slot } = nextRequest();
        try {
          const res = await fetch(`${BASE}/api/v1/bookings`, {
            method: "POST",
            headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
            body: JSON.stringify({ hostId: host.id, start: slot, duration: 30 }),
          });
          const body = (await res.json().catch(() => null)) as { id?: string } | null;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 201 && body?.id) acked.push(body.id);
          if (res.status >= 500 && res.status !== 503) throw new Error(`5xx under load: ${res.status} ${JSON.stringify(body)}`);
        } catch (error) {
          if (!killed) throw error;
          statuses.cut = (statuses.cut ?? 0) + 1;
        }
        if (!killed && acked.length >= KILL_AFTER_ACKS) {
          killed = true;
          killing = killServer("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, workerLoop));
    await killing;
    expect(killed).toBe(true);

    await startServer(target);
    const missing: string[] = [];
    for (const id of acked) {
      const rows = await sql<{ id: string }>(target, `SELECT id FROM "Booking" WHERE id = $1`, [id]);
      if (rows.length !== 1) missing.push(id);
    }
    const overlaps = await sql(target, OVERLAPS_SQL);
    const total = (await sql<{ n: string }>(target, `SELECT count(*)::text AS n FROM "Booking"`))[0]?.n;
    console.log(`[crash:${target.name}] requests=${n} statuses=${JSON.stringify(statuses)} acknowledged=${acked.length} missing_after_restart=${missing.length} bookings_in_db=${total} overlaps=${overlaps.length}`);
    expect(missing).toEqual([]);
    expect(overlaps).toEqual([]);

    // Healthy: reads and a new write work on the recovered data.
    expect((await api("/api/health")).status).toBe(200);
    const after = await api("/api/v1/bookings", { token: clients[0]!.token, body: { hostId: host.id, start: new Date(base.getTime() + 200 * 86_400_000).toISOString(), duration: 30 } });
    expect(after.status, JSON.stringify(after.body)).toBe(201);
    const listed = await api(`/api/v1/bookings/${acked[0]}`, { token: host.token });
    expect(listed.status).toBe(200);

    if (target.name === "pglite") await httpOnlyChecks(host);
    await killServer("SIGTERM");
  });
});

/** Security headers and the sign-in rate limit, against the running production server. */
async function httpOnlyChecks(host: { id: string; token: string }): Promise<void> {
  for (const pathname of ["/", "/signin", `/hosts/${host.id}`, "/api/health", "/api/v1/hosts", "/api/v1/me", "/api/mentors/bookings/", "/booking/meetings"]) {
    const res = await fetch(`${BASE}${pathname}`, { redirect: "manual" });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp, pathname).toMatch(/frame-ancestors 'none'/);
    expect(csp, pathname).toMatch(/default-src 'self'/);
    expect(csp, pathname).not.toMatch(/unsafe-eval/);
    expect(res.headers.get("x-content-type-options"), pathname).toBe("nosniff");
    expect(res.headers.get("referrer-policy"), pathname).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options"), pathname).toBe("DENY");
    expect(res.headers.get("x-powered-by"), pathname).toBeNull();
  }

  // Sign-in through next-auth's real handler: RATE_LIMIT_SIGNIN_PER_EMAIL=3.
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const email = `victim-${Date.now().toString(36)}@crash.test`;
  await signUp(email);
  const attempt = () =>
    fetch(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, password: "wrong password", json: "true" }).toString(),
    });
  for (let i = 0; i < 3; i += 1) {
    const res = await attempt();
    expect(res.status).toBe(401);
    expect(((await res.json()) as { url: string }).url).toMatch(/error=CredentialsSignin/);
  }
  const limited = await attempt();
  expect(limited.status).toBe(429);
  expect(limited.headers.get("content-type")).toBe("application/problem+json");
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  // next-auth's client reads ?error= from this url: signIn() resolves to { error: "RateLimited", status: 429 }.
  expect(((await limited.json()) as { url: string }).url).toMatch(/^http:\/\/[^/]+\/signin\?error=RateLimited$/);
}
