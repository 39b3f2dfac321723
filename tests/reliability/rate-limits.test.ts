// Rate limits on the credential endpoints: the 429 is problem+json with a
// Retry-After in seconds, buckets are per IP and per email, and a window that
// is over starts again. Limits come from env, set low here per test; the clock
// is injected (enforceRateLimit's `now`, or the system time for the routes).
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as signUpPost } from "@/app/api/v1/auth/signup/route";
import { POST as tokenPost } from "@/app/api/v1/auth/token/route";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { clientIp, enforceRateLimit, rateLimitFor, withSignInRateLimit } from "@/lib/http/rate-limit";
import { callRoute } from "../support/call-route";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.useRealTimers();
});

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const uniqueEmail = () => `rl-${Math.random().toString(36).slice(2, 10)}@test.dev`;

function expect429(res: { status: number; headers: Headers; body: unknown }) {
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const retryAfter = res.headers.get("retry-after");
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ status: 429, code: "rate_limited" });
  return Number(retryAfter);
}

describe("configuration", () => {
  it("reads RATE_LIMIT_<ACTION>_PER_<SCOPE>, falls back on defaults, and has no sign-up email bucket", () => {
    expect(rateLimitFor("signin", "email", { RATE_LIMIT_SIGNIN_PER_EMAIL: "7" })).toBe(7);
    expect(rateLimitFor("signin", "email", { RATE_LIMIT_SIGNIN_PER_EMAIL: "-1" })).toBe(10);
    expect(rateLimitFor("token", "ip", {})).toBe(30);
    expect(rateLimitFor("signup", "email", {})).toBeNull();
  });

  it("takes the address the nearest proxy appended, not the client's own claim", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

describe("enforceRateLimit with an injected clock", () => {
  const env = { RATE_LIMIT_TOKEN_PER_IP: "3", RATE_LIMIT_TOKEN_PER_EMAIL: "100", RATE_LIMIT_WINDOW_SECONDS: "60" };

  it("allows the limit, refuses the next with the seconds left, and resets when the window is over", async () => {
    const ip = freshIp();
    let now = new Date("2030-01-01T00:00:00Z");
    const hit = () => enforceRateLimit("token", { ip }, { env, now: () => now });
    for (let i = 0; i < 3; i += 1) await hit();
    now = new Date("2030-01-01T00:00:20Z");
    const refused = await hit().then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("rate_limited");
    expect((refused as AppError).extra?.retryAfter).toBe(40);
    now = new Date("2030-01-01T00:01:00Z");
    await expect(hit()).resolves.toBeUndefined();
    await hit();
    await hit();
    await expect(hit()).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("counts concurrent attempts exactly (atomic upsert)", async () => {
    const ip = freshIp();
    const now = () => new Date("2030-02-01T00:00:00Z");
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => enforceRateLimit("token", { ip }, { env, now })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const row = await getPrisma().rateLimitBucket.findMany({ where: { key: { startsWith: "token:ip:" } }, select: { count: true } });
    expect(row.map((r) => r.count)).toContain(12);
  });

  it("stores no email address in bucket keys", async () => {
    await enforceRateLimit("token", { ip: freshIp(), email: "Private.Person@Example.com" }, { env });
    const keys = await getPrisma().rateLimitBucket.findMany({ select: { key: true } });
    expect(keys.some((k) => k.key.toLowerCase().includes("example.com"))).toBe(false);
  });
});

describe("POST /api/v1/auth/signup", () => {
  it("answers 429 with Retry-After per IP; another IP is not affected; the window resets", async () => {
    process.env.RATE_LIMIT_SIGNUP_PER_IP = "2";
    process.env.RATE_LIMIT_WINDOW_SECONDS = "120";
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-01T12:00:00Z"));
    const ip = freshIp();
    const signUp = (from: string) =>
      callRoute(signUpPost, { method: "POST", headers: { "x-forwarded-for": from }, body: { email: uniqueEmail(), password: "correct horse", name: "R" } });
    expect((await signUp(ip)).status).toBe(201);
    expect((await signUp(ip)).status).toBe(201);
    const users = await getPrisma().user.count();
    expect(expect429(await signUp(ip))).toBe(120);
    expect(await getPrisma().user.count()).toBe(users);
    expect((await signUp(freshIp())).status).toBe(201);
    vi.setSystemTime(new Date("2031-03-01T12:02:00Z"));
    expect((await signUp(ip)).status).toBe(201);
  });
});

describe("POST /api/v1/auth/token", () => {
  it("limits per email across IPs and per IP across emails", async () => {
    process.env.RATE_LIMIT_TOKEN_PER_EMAIL = "3";
    process.env.RATE_LIMIT_TOKEN_PER_IP = "5";
    const email = uniqueEmail();
    expect((await callRoute(signUpPost, { method: "POST", body: { email, password: "correct horse", name: "T" } })).status).toBe(201);
    const token = (from: string, who = email, password = "correct horse") =>
      callRoute(tokenPost, { method: "POST", headers: { "x-forwarded-for": from }, body: { email: who, password } });
    expect((await token(freshIp())).status).toBe(201);
    expect((await token(freshIp(), email, "wrong password")).status).toBe(401);
    expect((await token(freshIp(), email.toUpperCase())).status).toBe(201);
    expect429(await token(freshIp()));

    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) expect((await token(ip, uniqueEmail())).status).toBe(401);
    expect429(await token(ip, uniqueEmail()));
  });
});

describe("next-auth credentials sign-in (wrapper; the real handler is exercised over HTTP in crash-and-headers)", () => {
  it("refuses the callback POST over the limit with problem+json and the url next-auth's client reads", async () => {
    process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = "2";
    let passedThrough = 0;
    const wrapped = withSignInRateLimit(async () => {
      passedThrough += 1;
      return Response.json({ url: "http://localhost/" });
    });
    const email = uniqueEmail();
    const post = (path: string[]) =>
      callRoute(wrapped as never, {
        method: "POST",
        path: `/api/auth/${path.join("/")}`,
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": freshIp() },
        rawBody: new URLSearchParams({ email, password: "x", json: "true" }).toString(),
        params: { nextauth: path },
      });
    expect((await post(["callback", "credentials"])).status).toBe(200);
    expect((await post(["callback", "credentials"])).status).toBe(200);
    const refused = await post(["callback", "credentials"]);
    expect429(refused);
    expect((refused.body as { url: string }).url).toBe("http://localhost/signin?error=RateLimited");
    expect(passedThrough).toBe(2);
    // Other next-auth POSTs (sign-out, csrf) are not counted.
    expect((await post(["signout"])).status).toBe(200);
  });
});
