// Idempotency-Key for POSTs (IETF draft-ietf-httpapi-idempotency-key-header;
// docs/decisions/008-idempotency.md). A client that lost a response retries
// with the same key and gets the first response again instead of a second
// booking. The (userId, key) unique index is the lock: whoever inserts the
// record runs the handler, everyone else reads the record.
import { createHash } from "node:crypto";
import { getPrisma, type Db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { readBody } from "./parse";
import { errorResponse } from "./problem";
import { authedRoute, type RouteContext } from "./route";

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const REPLAYED_HEADER = "idempotent-replayed";
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** An in-flight record older than this belongs to a crashed request: take it over. */
export const STALE_IN_FLIGHT_MS = 5 * 60 * 1000;

// Headers worth replaying; the rest (dates, cookies, rate-limit counters)
// describe the first exchange, not the resource.
const REPLAYED_HEADERS = ["content-type", "location", "content-location", "etag", "last-modified", "link"];
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * The header's key, null when absent. The draft defines the value as a
 * Structured Field string ("..."); bare tokens are accepted too, as most
 * clients (Stripe-style) send them.
 */
export function parseIdempotencyKey(raw: string | null): string | null {
  if (raw === null) return null;
  let key = raw.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1).replace(/\\(["\\])/g, "$1");
  if (!/^[\x20-\x7e]{1,255}$/.test(key)) {
    throw new AppError("validation_failed", "Idempotency-Key must be 1 to 255 printable ASCII characters.", {
      fields: [{ field: "Idempotency-Key", message: "Use 1 to 255 printable ASCII characters, e.g. a UUID." }],
    });
  }
  return key;
}

/** JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are one payload. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`).digest("hex");
}

/**
 * 5xx and 429 say "try again later", and an in-flight 409 says the same: the
 * key is released so the retry runs. Every other response is the answer.
 */
function releasesKey(status: number, thrown: unknown): boolean {
  if (status >= 500 || status === 429) return true;
  return thrown instanceof AppError && thrown.code === "idempotency_in_flight";
}

export interface IdempotencyOptions {
  db?: Db;
  now?: () => Date;
  ttlMs?: number;
}

interface StoredResponse {
  responseStatus: number | null;
  responseBody: string | null;
  responseHeaders: unknown;
}

type Claim = { kind: "run"; id: string } | { kind: "replay"; record: StoredResponse };

async function claimKey(
  db: Db,
  request: { userId: string; key: string; method: string; path: string; requestHash: string },
  now: Date,
  ttlMs: number,
): Promise<Claim> {
  // Three rounds: an expired or abandoned record is removed, then we race again.
  for (let round = 0; round < 3; round += 1) {
    // create, not createMany + skipDuplicates: that one runs in a transaction,
    // a round trip more on every keyed request.
    try {
      const { id } = await db.idempotencyRecord.create({
        data: { ...request, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) },
        select: { id: true },
      });
      return { kind: "run", id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyRecord.findUnique({ where: { userId_key: { userId: request.userId, key: request.key } } });
    if (!existing) continue;
    const expired = existing.expiresAt <= now;
    const abandoned = existing.responseStatus === null && now.getTime() - existing.createdAt.getTime() > STALE_IN_FLIGHT_MS;
    if (expired || abandoned) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id } });
      continue;
    }
    if (existing.requestHash !== request.requestHash) {
      throw new AppError("idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
    }
    if (existing.responseStatus === null) {
      throw new AppError("idempotency_in_flight", "A request with this Idempotency-Key is still being processed; retry shortly.");
    }
    return { kind: "replay", record: existing };
  }
  throw new AppError("idempotency_in_flight", "A request with this Idempotency-Key is still being processed; retry shortly.");
}

function replay(record: StoredResponse): Response {
  const status = record.responseStatus ?? 200;
  const stored = (record.responseHeaders ?? {}) as Record<string, string>;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : (record.responseBody ?? ""), {
    status,
    headers: { ...stored, [REPLAYED_HEADER]: "true" },
  });
}

/**
 * Runs `handler` at most once per (caller, Idempotency-Key) and replays its
 * response to retries. `body` is the already parsed JSON body (the stream can
 * be read only once); it is hashed with the method and path to detect a key
 * reused for another request. Without the header the handler simply runs.
 * Throws AppError validation_failed (bad key), idempotency_in_flight or
 * idempotency_key_reused: call it inside a route wrapper, which maps them.
 */
export async function withIdempotency(
  request: Request,
  actor: Actor,
  body: unknown,
  handler: () => Promise<Response>,
  options: IdempotencyOptions = {},
): Promise<Response> {
  const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_KEY_HEADER));
  if (key === null) return handler();
  const db = options.db ?? getPrisma();
  const now = options.now ?? (() => new Date());
  const url = new URL(request.url);
  const path = url.pathname + url.search;
  const method = request.method.toUpperCase();
  const claim = await claimKey(
    db,
    { userId: actor.userId, key, method, path, requestHash: requestFingerprint(method, path, body) },
    now(),
    options.ttlMs ?? IDEMPOTENCY_TTL_MS,
  );
  if (claim.kind === "replay") return replay(claim.record);

  let response: Response;
  let thrown: unknown;
  try {
    response = await handler();
  } catch (error) {
    // Converted here rather than by the route wrapper so a 4xx is stored too.
    thrown = error;
    response = errorResponse(error);
  }
  const text = await response.text();
  try {
    if (releasesKey(response.status, thrown)) {
      await db.idempotencyRecord.deleteMany({ where: { id: claim.id } });
    } else {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      await db.idempotencyRecord.update({
        where: { id: claim.id },
        data: { responseStatus: response.status, responseBody: text, responseHeaders: headers },
      });
    }
  } catch (error) {
    // The work is done; failing the response now would invite a duplicate
    // retry. The record stays in flight until STALE_IN_FLIGHT_MS (or was
    // already taken over by a retry after that long).
    console.error("[slotbook] could not store the idempotent response", error);
  }
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : text, { status: response.status, headers: response.headers });
}

/** Deletes expired keys; the webhook worker calls it about once a minute. */
export async function deleteExpiredIdempotencyRecords(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.idempotencyRecord.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

export type IdempotentRouteContext<P> = RouteContext<P> & { actor: Actor; body: unknown };

/**
 * authedRoute + body reading + withIdempotency, for POST handlers that create
 * or change something. The handler gets the parsed body as `body` (validate it
 * with parseWith); the request stream is already consumed.
 */
export function idempotentRoute<P = Record<string, never>>(handler: (ctx: IdempotentRouteContext<P>) => Promise<Response>) {
  return authedRoute<P>(async (ctx) => {
    const body = await readBody(ctx.request);
    return withIdempotency(ctx.request, ctx.actor, body, () => handler({ ...ctx, body }));
  });
}
