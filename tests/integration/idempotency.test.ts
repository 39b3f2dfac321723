// Idempotency-Key semantics (draft-ietf-httpapi-idempotency-key-header) through
// the real POST /api/v1/webhooks route, plus withIdempotency directly where a
// handler must be held in flight or made to fail.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createWebhookRoute } from "@/app/api/v1/webhooks/route";
import { getPrisma } from "@/lib/db";
import { deleteExpiredIdempotencyRecords, STALE_IN_FLIGHT_MS, withIdempotency } from "@/lib/http/idempotency";
import type { Actor } from "@/lib/server/actor";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { AppError } from "@/lib/server/errors";
import { callRoute, type CallResult } from "../support/call-route";

const prisma = getPrisma();
let alice: { userId: string; token: string };
let bob: { userId: string; token: string };

async function makeUser(email: string) {
  const user = await prisma.user.create({ data: { email, name: email }, select: { id: true } });
  return { userId: user.id, token: (await issueApiToken(prisma, user.id, "test")).token };
}

beforeAll(async () => {
  alice = await makeUser("alice@idem.dev");
  bob = await makeUser("bob@idem.dev");
});

const hooks = (user: { userId: string }) => prisma.webhookSubscription.count({ where: { userId: user.userId } });

function post(user: { token: string }, key: string | undefined, body: unknown, rawBody?: string): Promise<CallResult> {
  return callRoute(createWebhookRoute, {
    method: "POST",
    path: "/api/v1/webhooks",
    token: user.token,
    body: rawBody === undefined ? body : undefined,
    rawBody,
    headers: { ...(key === undefined ? {} : { "idempotency-key": key }), ...(rawBody ? { "content-type": "application/json" } : {}) },
  });
}

const replayed = (res: CallResult) => res.headers.get("idempotent-replayed") === "true";

describe("Idempotency-Key on POST /api/v1/webhooks", () => {
  it("replays the first response for the same key and payload, creating one row", async () => {
    const before = await hooks(alice);
    const body = { url: "https://example.com/a", events: ["booking.created"] };
    const first = await post(alice, "key-replay", body);
    expect(first.status).toBe(201);
    expect(replayed(first)).toBe(false);

    // Same payload, other key order and whitespace: still the same request.
    const again = await post(alice, "key-replay", undefined, '{ "events": ["booking.created"],\n "url": "https://example.com/a" }');
    const quoted = await post(alice, '"key-replay"', body);
    for (const res of [again, quoted]) {
      expect(res.status).toBe(201);
      expect(replayed(res)).toBe(true);
      expect(res.text).toBe(first.text);
      expect(res.headers.get("content-type")).toBe(first.headers.get("content-type"));
      expect(res.headers.get("location")).toBe(first.headers.get("location"));
    }
    expect(await hooks(alice)).toBe(before + 1);
  });

  it("refuses the same key with another payload (422) and does not run it", async () => {
    const first = await post(alice, "key-reused", { url: "https://example.com/b" });
    expect(first.status).toBe(201);
    const before = await hooks(alice);
    const other = await post(alice, "key-reused", { url: "https://example.com/other" });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: "idempotency_key_reused", status: 422 });
    expect(await hooks(alice)).toBe(before);
  });

  it("scopes keys to the caller", async () => {
    const body = { url: "https://example.com/shared" };
    const [a, b] = [await post(alice, "key-shared", body), await post(bob, "key-shared", body)];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([replayed(a), replayed(b)]).toEqual([false, false]);
    expect((a.body as { id: string }).id).not.toBe((b.body as { id: string }).id);
  });

  it("runs concurrent first requests exactly once; the others get 409 or the replay", async () => {
    const before = await hooks(alice);
    const body = { url: "https://example.com/race" };
    const results = await Promise.all(Array.from({ length: 5 }, () => post(alice, "key-race", body)));
    const fresh = results.filter((r) => r.status === 201 && !replayed(r));
    expect(fresh).toHaveLength(1);
    for (const res of results) {
      if (res.status === 409) expect(res.body).toMatchObject({ code: "idempotency_in_flight" });
      else expect(res.text).toBe(fresh[0]!.text);
    }
    expect(await hooks(alice)).toBe(before + 1);
  });

  it("runs again once the key has expired, replacing the record", async () => {
    const body = { url: "https://example.com/expiring" };
    const first = await post(alice, "key-expired", body);
    await prisma.idempotencyRecord.updateMany({ where: { key: "key-expired" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const second = await post(alice, "key-expired", body);
    expect(second.status).toBe(201);
    expect(replayed(second)).toBe(false);
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
    expect(await prisma.idempotencyRecord.count({ where: { key: "key-expired" } })).toBe(1);
    expect(replayed(await post(alice, "key-expired", body))).toBe(true);
  });

  it("stores a final 4xx like any answer", async () => {
    const bad = { url: "ftp://example.com" };
    const first = await post(alice, "key-invalid-body", bad);
    expect(first.status).toBe(400);
    const second = await post(alice, "key-invalid-body", bad);
    expect(second.status).toBe(400);
    expect(replayed(second)).toBe(true);
    expect(second.text).toBe(first.text);
    expect(second.headers.get("content-type")).toBe("application/problem+json");
  });

  it.each([
    { name: "empty", key: "" },
    { name: "too long", key: "k".repeat(256) },
    { name: "not ASCII", key: "clé" },
  ])("rejects an invalid key ($name) with 400 and runs nothing", async ({ key }) => {
    const before = await hooks(alice);
    const res = await post(alice, key, { url: "https://example.com/badkey" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "validation_failed", errors: [{ field: "Idempotency-Key" }] });
    expect(await hooks(alice)).toBe(before);
  });

  it("runs every request without a key", async () => {
    const before = await hooks(alice);
    const body = { url: "https://example.com/nokey" };
    expect((await post(alice, undefined, body)).status).toBe(201);
    expect((await post(alice, undefined, body)).status).toBe(201);
    expect(await hooks(alice)).toBe(before + 2);
  });

  it("answers 401 before looking at the key", async () => {
    const res = await callRoute(createWebhookRoute, { method: "POST", headers: { "idempotency-key": "anon" }, body: { url: "https://example.com/x" } });
    expect(res.status).toBe(401);
    expect(await prisma.idempotencyRecord.count({ where: { key: "anon" } })).toBe(0);
  });
});

describe("withIdempotency", () => {
  const actor = (): Actor => ({ userId: alice.userId, roles: ["client"], via: "token" });
  const request = (key: string, path = "/api/v1/things") => new Request(`http://localhost${path}`, { method: "POST", headers: { "idempotency-key": key } });

  it("answers 409 while the first request is in flight, then replays", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const handler = async () => {
      runs += 1;
      await gate;
      return Response.json({ run: runs }, { status: 201 });
    };
    const first = withIdempotency(request("in-flight"), actor(), { a: 1 }, handler);
    // Wait until the first request holds the key.
    while ((await prisma.idempotencyRecord.count({ where: { key: "in-flight" } })) === 0) await new Promise((r) => setImmediate(r));
    const during = await withIdempotency(request("in-flight"), actor(), { a: 1 }, handler).catch((e: unknown) => e);
    expect(during).toBeInstanceOf(AppError);
    expect(during).toMatchObject({ code: "idempotency_in_flight" });
    release();
    expect((await first).status).toBe(201);
    const after = await withIdempotency(request("in-flight"), actor(), { a: 1 }, handler);
    expect(after.headers.get("idempotent-replayed")).toBe("true");
    expect(await after.json()).toEqual({ run: 1 });
    expect(runs).toBe(1);
  });

  it("treats the same key on another path as reuse (422)", async () => {
    await withIdempotency(request("per-path", "/api/v1/one"), actor(), {}, async () => Response.json({}, { status: 201 }));
    await expect(withIdempotency(request("per-path", "/api/v1/two"), actor(), {}, async () => Response.json({}))).rejects.toMatchObject({
      code: "idempotency_key_reused",
    });
  });

  it.each([
    { name: "an unexpected error (500)", fail: () => Promise.reject(new Error("boom")), status: 500 },
    { name: "an upstream 503", fail: async () => new Response("down", { status: 503 }), status: 503 },
    { name: "a 429", fail: () => Promise.reject(new AppError("rate_limited", "slow down")), status: 429 },
  ])("releases the key after $name so the retry runs", async ({ name, fail, status }) => {
    const key = `release-${status}`;
    const quiet = console.error;
    console.error = () => {};
    try {
      const failed = await withIdempotency(request(key), actor(), {}, fail);
      expect(failed.status, name).toBe(status);
    } finally {
      console.error = quiet;
    }
    expect(await prisma.idempotencyRecord.count({ where: { key } })).toBe(0);
    const retried = await withIdempotency(request(key), actor(), {}, async () => new Response(null, { status: 204 }));
    expect(retried.status).toBe(204);
    const replay = await withIdempotency(request(key), actor(), {}, async () => Response.json({ ran: "again" }));
    expect([replay.status, replay.headers.get("idempotent-replayed")]).toEqual([204, "true"]);
  });

  it("takes over a key abandoned in flight by a crashed request", async () => {
    const now = Date.now();
    await prisma.idempotencyRecord.create({
      data: {
        userId: alice.userId,
        key: "abandoned",
        method: "POST",
        path: "/api/v1/things",
        requestHash: "irrelevant",
        createdAt: new Date(now - STALE_IN_FLIGHT_MS - 1000),
        expiresAt: new Date(now + 60_000),
      },
    });
    const res = await withIdempotency(request("abandoned"), actor(), {}, async () => Response.json({ ok: true }, { status: 201 }));
    expect(res.status).toBe(201);
    expect(res.headers.get("idempotent-replayed")).toBeNull();
  });

  it("cleans up expired records only", async () => {
    const base = { userId: bob.userId, method: "POST", path: "/x", requestHash: "h", responseStatus: 200 };
    await prisma.idempotencyRecord.createMany({
      data: [
        { ...base, key: "old-1", expiresAt: new Date(Date.now() - 1) },
        { ...base, key: "old-2", expiresAt: new Date(Date.now() - 60_000) },
        { ...base, key: "fresh", expiresAt: new Date(Date.now() + 60_000) },
      ],
    });
    expect(await deleteExpiredIdempotencyRecords(prisma)).toBeGreaterThanOrEqual(2);
    const left = await prisma.idempotencyRecord.findMany({ where: { userId: bob.userId, key: { in: ["old-1", "old-2", "fresh"] } }, select: { key: true } });
    expect(left).toEqual([{ key: "fresh" }]);
  });
});
