// Fixed-window rate limits for the credential endpoints (sign-in, sign-up,
// token creation), per client IP and per account email, counted in the
// RateLimitBucket table so every server process shares them. See
// docs/decisions/015-rate-limits-and-reliability-suite.md.
import { createHash } from "node:crypto";
import { getPrisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { hitRateLimitBucket } from "@/lib/server/rate-limit-buckets";
import { errorResponse } from "./problem";

export type RateLimitAction = "signin" | "signup" | "token";
export type RateLimitScope = "ip" | "email";

/** Attempts per window; env RATE_LIMIT_<ACTION>_PER_<SCOPE> overrides each. */
const DEFAULT_LIMITS: Record<RateLimitAction, Partial<Record<RateLimitScope, number>>> = {
  signin: { ip: 30, email: 10 },
  signup: { ip: 10 },
  token: { ip: 30, email: 10 },
};
const DEFAULT_WINDOW_SECONDS = 900;

type Env = Record<string, string | undefined>;

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function rateLimitWindowMs(env: Env = process.env): number {
  return positiveInt(env.RATE_LIMIT_WINDOW_SECONDS, DEFAULT_WINDOW_SECONDS) * 1000;
}

export function rateLimitFor(action: RateLimitAction, scope: RateLimitScope, env: Env = process.env): number | null {
  const fallback = DEFAULT_LIMITS[action][scope];
  if (fallback === undefined) return null;
  return positiveInt(env[`RATE_LIMIT_${action.toUpperCase()}_PER_${scope.toUpperCase()}`], fallback);
}

/**
 * The caller's address. Next's server sets X-Forwarded-For to the socket's
 * address when the request has none; behind a proxy the last entry is the one
 * the nearest proxy appended (earlier entries are the client's own claim).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}

export interface RateLimitSubject {
  ip: string;
  /** Normalised (trimmed, lower-case) email, when the request names an account. */
  email?: string | null;
}

export interface RateLimitOptions {
  db?: Db;
  now?: () => Date;
  env?: Env;
}

// Emails are hashed so the table holds no addresses.
function bucketKey(action: RateLimitAction, scope: RateLimitScope, value: string): string {
  const digest = createHash("sha256").update(value).digest("base64url").slice(0, 32);
  return `${action}:${scope}:${digest}`;
}

/**
 * Counts one attempt in every bucket of the subject and throws AppError
 * rate_limited (429, Retry-After in seconds) when any is over its limit.
 */
export async function enforceRateLimit(action: RateLimitAction, subject: RateLimitSubject, options: RateLimitOptions = {}): Promise<void> {
  const db = options.db ?? getPrisma();
  const now = (options.now ?? (() => new Date()))();
  const env = options.env ?? process.env;
  const windowMs = rateLimitWindowMs(env);
  const checks: Array<[RateLimitScope, string]> = [["ip", subject.ip]];
  if (subject.email) checks.push(["email", subject.email.trim().toLowerCase()]);
  let retryAfter = 0;
  for (const [scope, value] of checks) {
    const limit = rateLimitFor(action, scope, env);
    if (limit === null) continue;
    const bucket = await hitRateLimitBucket(db, bucketKey(action, scope, value), windowMs, now);
    if (bucket.count > limit) retryAfter = Math.max(retryAfter, Math.ceil((bucket.resetAt.getTime() - now.getTime()) / 1000));
  }
  if (retryAfter > 0) {
    throw new AppError("rate_limited", `Too many attempts. Retry in ${retryAfter} s.`, { extra: { retryAfter: Math.max(1, retryAfter) } });
  }
}

/** Drops buckets whose window ended; the webhook worker's housekeeping calls it. */
export async function deleteExpiredRateLimitBuckets(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { resetAt: { lte: now } } });
  return count;
}

type NextAuthHandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/**
 * next-auth's credentials sign-in (POST /api/auth/callback/credentials) behind
 * the "signin" limits. The 429 is problem+json plus the `url` member next-auth's
 * client reads, so signIn() resolves to { error: "RateLimited", status: 429 }.
 */
export function withSignInRateLimit(handler: NextAuthHandler, options: RateLimitOptions = {}): NextAuthHandler {
  return async (request, context) => {
    const { nextauth } = await context.params;
    if (request.method === "POST" && nextauth.join("/") === "callback/credentials") {
      let email: string | null = null;
      try {
        const value = (await request.clone().formData()).get("email");
        email = typeof value === "string" ? value : null;
      } catch {
        // not a form: next-auth itself rejects it
      }
      try {
        await enforceRateLimit("signin", { ip: clientIp(request.headers), email }, options);
      } catch (error) {
        const url = new URL("/signin?error=RateLimited", request.url).toString();
        if (error instanceof AppError && error.code === "rate_limited") {
          return errorResponse(new AppError("rate_limited", error.message, { extra: { ...error.extra, url } }));
        }
        return errorResponse(error);
      }
    }
    return handler(request, context);
  };
}
