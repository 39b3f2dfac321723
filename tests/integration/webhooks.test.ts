// Webhooks end to end: signing, the outbox -> delivery worker against a local
// receiver (time is injected, never slept), and the subscription routes.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/webhooks/route";
import { DELETE as deleteRoute } from "@/app/api/v1/webhooks/[id]/route";
import { GET as deliveriesRoute } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPrismaClient, getPrisma } from "@/lib/db";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "@/lib/integrations/webhooks/event-types";
import { newWebhookSecret } from "@/lib/integrations/webhooks/secret";
import { sign, verifyWebhook, webhookHeaders } from "@/lib/integrations/webhooks/signature";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelayMs } from "@/lib/integrations/webhooks/retry-schedule";
import { claimDueDeliveries } from "@/lib/integrations/webhooks/queue-repository";
import { fanOutEvents } from "@/lib/integrations/webhooks/fan-out";
import { isPrivateAddress, webhookUrlProblem } from "@/lib/integrations/webhooks/url-policy";
import { startWebhookWorker, type WebhookWorker } from "@/lib/integrations/webhooks/worker";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { callRoute } from "../support/call-route";
import { testDatabase } from "../setup/test-database";

const prisma = getPrisma();

/**
 * A second process's connection pool. On PGlite each worker gets a single
 * connection: its socket server can interleave the protocol messages of three
 * or more connections around a transaction (seen as "bind message supplies 8
 * parameters, but prepared statement requires 4"), an embedded-server
 * limitation, not a queue one. PostgreSQL gets full pools.
 */
function workerClient(): PrismaClient {
  const { url, kind } = testDatabase();
  return kind === "pglite" ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) }) : createPrismaClient(url);
}
const DAY = 24 * 60 * 60 * 1000;

describe("Standard Webhooks signature", () => {
  // The example of the Standard Webhooks specification.
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';
  const expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  const at = new Date(timestamp * 1000);
  const headers = { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": expected };

  it("matches the specification's example", () => {
    expect(sign(secret, id, timestamp, body)).toBe(expected);
    expect(webhookHeaders(secret, id, timestamp, body)).toEqual(headers);
    expect(verifyWebhook(secret, headers, body, { now: at })).toEqual({ ok: true, messageId: id, timestamp });
  });

  it.each([
    { name: "tampered body", headers, body: '{"test": 2432232315}', now: at },
    { name: "other secret", headers, body, now: at, secret: newWebhookSecret() },
    { name: "other message id", headers: { ...headers, "webhook-id": "msg_other" }, body, now: at },
    { name: "too old", headers, body, now: new Date(at.getTime() + 6 * 60_000) },
    { name: "from the future", headers, body, now: new Date(at.getTime() - 6 * 60_000) },
    { name: "missing signature", headers: { ...headers, "webhook-signature": "" }, body, now: at },
    { name: "unknown version", headers: { ...headers, "webhook-signature": expected.replace("v1,", "v2,") }, body, now: at },
  ])("rejects $name", ({ headers: given, body: payload, now, secret: other }) => {
    expect(verifyWebhook(other ?? secret, given, payload, { now }).ok).toBe(false);
  });

  it("accepts any of several signatures (secret rotation) and Headers objects", () => {
    const rotated = new Headers({ ...headers, "webhook-signature": `v1,${Buffer.alloc(32).toString("base64")} ${expected}` });
    expect(verifyWebhook(secret, rotated, body, { now: at }).ok).toBe(true);
  });

  it("generates secrets of the spec's shape", () => {
    const generated = newWebhookSecret();
    expect(generated).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(generated.slice(6), "base64")).toHaveLength(32);
  });
});

describe("retry schedule and URL policy", () => {
  it("backs off like Standard Webhooks for about three days, with bounded jitter", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(5_000);
    expect(retryDelayMs(2, () => 0.5)).toBe(5 * 60_000);
    expect(retryDelayMs(1, () => 0)).toBe(4_500);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(5_500);
    expect(retryDelayMs(MAX_ATTEMPTS, () => 0.5)).toBeNull();
    const total = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
    expect(total).toBeGreaterThan(2.5 * DAY);
    expect(total).toBeLessThan(3.5 * DAY);
  });

  it.each([
    "http://127.0.0.1:8080/hook",
    "http://localhost/hook",
    "http://api.localhost/hook",
    "http://10.1.2.3/hook",
    "http://172.20.0.1/hook",
    "http://192.168.1.1/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[fd00::1]/hook",
    "http://0.0.0.0/hook",
  ])("production refuses the private target %s", (url) => {
    expect(webhookUrlProblem(url, { allowPrivate: false })).toMatch(/private/i);
    expect(webhookUrlProblem(url, { allowPrivate: true })).toBeNull();
  });

  it.each([
    { url: "ftp://example.com/x", problem: /http/ },
    { url: "not a url", problem: /absolute/ },
    { url: "https://user:pass@example.com/x", problem: /credentials/i },
    { url: "https://example.com/hook", problem: null },
  ])("$url", ({ url, problem }) => {
    const result = webhookUrlProblem(url, { allowPrivate: false });
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });

  it("classifies addresses", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("2606:4700::1111")).toBe(false);
    expect(isPrivateAddress("100.64.0.1")).toBe(true);
    expect(isPrivateAddress("::ffff:10.0.0.1")).toBe(true);
  });
});

// ---- the worker ---------------------------------------------------------

interface Received {
  path: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A subscriber whose answer to the n-th request (0-based) is `statusFor(n, path)`. */
async function startReceiver(statusFor: (n: number, path: string) => number, delayMs = 0): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const status = statusFor(received.length, req.url ?? "/");
      received.push({ path: req.url ?? "/", status, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const reply = () => res.writeHead(status, { "content-type": "text/plain" }).end("ok");
      if (delayMs) setTimeout(reply, delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let alice: { userId: string; token: string };
let bob: { userId: string; token: string };
let carol: { userId: string; token: string };

async function makeUser(email: string) {
  const user = await prisma.user.create({ data: { email, name: email }, select: { id: true } });
  const token = await issueApiToken(prisma, user.id, "test");
  return { userId: user.id, token: token.token };
}

const actorOf = (user: { userId: string }) => ({ userId: user.userId, roles: ["client" as const], via: "token" as const });

beforeAll(async () => {
  alice = await makeUser("alice@test.dev");
  bob = await makeUser("bob@test.dev");
  carol = await makeUser("carol@test.dev");
});

describe("delivery worker", () => {
  let clock: Date;
  let receiver: Receiver | undefined;
  const workers: WebhookWorker[] = [];

  function worker(options: { db?: ReturnType<typeof getPrisma>; batchSize?: number } = {}) {
    const started = startWebhookWorker({
      db: options.db ?? prisma,
      poll: false,
      now: () => clock,
      random: () => 0.5,
      allowPrivate: true,
      batchSize: options.batchSize,
    });
    workers.push(started);
    return started;
  }

  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  /** Runs the worker, jumping the clock to each next due attempt, until nothing is left to try. */
  async function drain(run: () => Promise<unknown>, maxRounds = 40) {
    for (let round = 0; round < maxRounds; round += 1) {
      await run();
      const next = await prisma.webhookDelivery.aggregate({
        where: { status: { in: ["pending", "failed"] }, subscription: { active: true } },
        _min: { nextAttemptAt: true },
      });
      const due = next._min.nextAttemptAt;
      const undispatched = await prisma.outboxEvent.count({ where: { dispatchedAt: null } });
      if (!due && undispatched === 0) return round + 1;
      if (due && due > clock) clock = due;
    }
    throw new Error("the queue did not drain");
  }

  async function emit(type: WebhookEventType, audience: string[], payload: Prisma.InputJsonObject = {}) {
    return prisma.outboxEvent.create({ data: { type, audience, payload }, select: { id: true } });
  }

  async function subscribe(user: { userId: string }, url: string, events: WebhookEventType[] = []) {
    return createWebhook(prisma, actorOf(user), { url, events });
  }

  beforeEach(async () => {
    await prisma.webhookDelivery.deleteMany();
    await prisma.outboxEvent.deleteMany();
    await prisma.webhookSubscription.deleteMany();
    // Ahead of the database-side defaults (createdAt, nextAttemptAt) of the
    // events the test is about to insert, even on a slow machine; then only forward.
    clock = new Date(Date.now() + 60_000);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await receiver?.close();
    receiver = undefined;
  });

  it("retries with backoff while the receiver fails, then delivers each event exactly once", async () => {
    const FAILURES = 5;
    receiver = await startReceiver((n) => (n < FAILURES ? 503 : 200));
    const sub = await subscribe(alice, `${receiver.url}/hooks`);
    const events = [
      await emit("booking.created", [alice.userId, bob.userId], { status: "pending" }),
      await emit("booking.confirmed", [alice.userId, bob.userId], { status: "confirmed" }),
      await emit("booking.cancelled", [alice.userId, bob.userId], { cancelledBy: "client", reason: "ill", noticeHours: 30 }),
    ];
    const w = worker();

    expect(await w.runOnce()).toEqual({ fannedOut: 3, delivered: 0, failed: 3 });
    const afterFirst = await prisma.webhookDelivery.findMany({ select: { status: true, attempts: true, nextAttemptAt: true, lastStatusCode: true } });
    expect(afterFirst).toHaveLength(3);
    for (const row of afterFirst) {
      expect(row).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 503 });
      expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + 5_000);
    }

    advance(4_999);
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 0, failed: 0 });
    advance(1);
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 1, failed: 2 });

    await drain(() => w.runOnce());

    const rows = await prisma.webhookDelivery.findMany({ select: { eventId: true, messageId: true, status: true, deliveredAt: true } });
    expect(rows.map((r) => r.status)).toEqual(["delivered", "delivered", "delivered"]);
    expect(new Set(rows.map((r) => r.eventId))).toEqual(new Set(events.map((e) => e.id)));

    const ok = receiver.received.filter((r) => r.status === 200);
    const okIds = ok.map((r) => r.headers["webhook-id"]);
    expect(okIds).toHaveLength(3);
    expect(new Set(okIds)).toEqual(new Set(rows.map((r) => r.messageId)));

    // One webhook-id per event across every attempt, and the same bytes each time.
    const bodiesById = new Map<string, Set<string>>();
    for (const request of receiver.received) {
      const id = String(request.headers["webhook-id"]);
      bodiesById.set(id, (bodiesById.get(id) ?? new Set()).add(request.body));
      expect(request.path).toBe("/hooks");
      expect(request.headers["content-type"]).toBe("application/json");
      const verified = verifyWebhook(sub.secret, request.headers as Record<string, string>, request.body, {
        now: new Date(Number(request.headers["webhook-timestamp"]) * 1000),
      });
      expect(verified.ok).toBe(true);
    }
    expect(bodiesById.size).toBe(3);
    for (const bodies of bodiesById.values()) expect(bodies.size).toBe(1);
    expect(receiver.received).toHaveLength(FAILURES + 3);

    const cancelled = ok.map((r) => JSON.parse(r.body)).find((b) => b.type === "booking.cancelled");
    expect(cancelled).toEqual({
      type: "booking.cancelled",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: { cancelledBy: "client", reason: "ill", noticeHours: 30, bookingId: null },
    });
    // Nothing more to send.
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 0, failed: 0 });
  });

  it("gives up after about three days and marks the delivery dead", async () => {
    receiver = await startReceiver(() => 500);
    await subscribe(alice, receiver.url);
    await emit("booking.created", [alice.userId]);
    const w = worker();
    const start = clock.getTime();
    await drain(() => w.runOnce());
    const [row] = await prisma.webhookDelivery.findMany({ select: { status: true, attempts: true, lastStatusCode: true, lastError: true } });
    expect(row).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
    const elapsed = clock.getTime() - start;
    expect(elapsed).toBeGreaterThan(2.5 * DAY);
    expect(elapsed).toBeLessThan(3.5 * DAY);
    advance(30 * DAY);
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 0, failed: 0 });
  });

  it("retries when nothing answers (connection refused)", async () => {
    const gone = await startReceiver(() => 200);
    const url = gone.url;
    await gone.close();
    await subscribe(alice, url);
    await emit("booking.created", [alice.userId]);
    expect(await worker().runOnce()).toEqual({ fannedOut: 1, delivered: 0, failed: 1 });
    const row = await prisma.webhookDelivery.findFirstOrThrow({ select: { status: true, lastStatusCode: true, lastError: true } });
    expect(row).toMatchObject({ status: "failed", lastStatusCode: null });
    expect(row.lastError).toBeTruthy();
  });

  it("disables the endpoint on 410 Gone", async () => {
    receiver = await startReceiver(() => 410);
    const sub = await subscribe(alice, receiver.url);
    await emit("booking.created", [alice.userId]);
    const w = worker();
    expect(await w.runOnce()).toEqual({ fannedOut: 1, delivered: 0, failed: 1 });
    const stored = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } });
    expect(stored).toMatchObject({ active: false, disabledAt: clock, disabledReason: expect.stringContaining("410") });
    expect(await prisma.webhookDelivery.findFirst({ select: { status: true, lastStatusCode: true } })).toEqual({ status: "dead", lastStatusCode: 410 });

    await emit("booking.confirmed", [alice.userId]);
    advance(DAY);
    expect(await w.runOnce()).toEqual({ fannedOut: 1, delivered: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const list = await callRoute(listRoute, { token: alice.token });
    expect((list.body as { items: Array<{ active: boolean }> }).items[0]).toMatchObject({ active: false, disabledReason: expect.any(String) });
  });

  it("sends each event only to subscribers in its audience that want its type", async () => {
    receiver = await startReceiver(() => 204);
    await subscribe(alice, `${receiver.url}/alice`, ["booking.cancelled"]);
    await subscribe(bob, `${receiver.url}/bob`);
    await subscribe(carol, `${receiver.url}/carol`);
    await emit("booking.created", [alice.userId, bob.userId]);
    await emit("booking.cancelled", [alice.userId, bob.userId]);
    await drain(() => worker().runOnce());
    const seen = receiver.received.map((r) => `${r.path} ${JSON.parse(r.body).type}`).sort();
    expect(seen).toEqual(["/alice booking.cancelled", "/bob booking.cancelled", "/bob booking.created"]);
  });

  it("retries a delivery whose worker died mid-post once its lease expires", async () => {
    receiver = await startReceiver(() => 200);
    await subscribe(alice, receiver.url);
    await emit("booking.created", [alice.userId]);
    // A worker fans out and claims, then dies before posting.
    const lease = 60_000;
    expect(await fanOutEvents(prisma, clock, 10)).toBe(1);
    const claimed = await claimDueDeliveries(prisma, clock, new Date(clock.getTime() + lease), 10);
    expect(claimed).toHaveLength(1);

    const w = worker();
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 0, failed: 0 });
    advance(lease - 1);
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 0, failed: 0 });
    advance(1);
    expect(await w.runOnce()).toEqual({ fannedOut: 0, delivered: 1, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.headers["webhook-id"]).toBe(claimed[0]?.messageId);
    expect(await prisma.webhookDelivery.findFirst({ select: { attempts: true, status: true } })).toEqual({ attempts: 2, status: "delivered" });
  });

  it("never double-delivers with two workers on separate connections", async () => {
    const EVENTS = 30;
    receiver = await startReceiver((n) => (n % 4 === 0 ? 503 : 200), 15);
    await subscribe(alice, receiver.url);
    await subscribe(bob, receiver.url);
    for (let i = 0; i < EVENTS; i += 1) await emit("booking.created", [alice.userId, bob.userId], { n: i });
    const clients = [workerClient(), workerClient()];
    try {
      const [w1, w2] = clients.map((db) => worker({ db, batchSize: 7 }));
      await drain(() => Promise.all([w1!.runOnce(), w2!.runOnce()]), 200);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    const ok = receiver.received.filter((r) => r.status === 200).map((r) => String(r.headers["webhook-id"]));
    expect(ok).toHaveLength(2 * EVENTS);
    expect(new Set(ok).size).toBe(2 * EVENTS);
    expect(await prisma.webhookDelivery.count({ where: { status: "delivered" } })).toBe(2 * EVENTS);
    expect(await prisma.outboxEvent.count({ where: { dispatchedAt: null } })).toBe(0);
  });

  it("polls on its own and stops cleanly", async () => {
    receiver = await startReceiver(() => 200);
    await subscribe(alice, receiver.url);
    await emit("booking.created", [alice.userId]);
    let delivered!: () => void;
    const done = new Promise<void>((resolve) => (delivered = resolve));
    const background = startWebhookWorker({ db: prisma, intervalMs: 10, allowPrivate: true, now: () => clock, log: () => {} });
    const check = setInterval(() => receiver?.received.length && delivered(), 5);
    try {
      await done;
    } finally {
      clearInterval(check);
      await background.stop();
    }
    expect(receiver.received).toHaveLength(1);
  });
});

// ---- the routes ---------------------------------------------------------

describe("webhook routes", () => {
  beforeAll(async () => {
    await prisma.webhookSubscription.deleteMany();
  });

  const create = (token: string | undefined, body: unknown) => callRoute(createRoute, { method: "POST", path: "/api/v1/webhooks", token, body });

  it.each([
    { name: "anonymous", token: () => undefined, body: { url: "https://example.com/hook" }, status: 401, code: "unauthenticated" },
    { name: "not a URL", token: () => alice.token, body: { url: "not a url" }, status: 400, field: "url" },
    { name: "ftp URL", token: () => alice.token, body: { url: "ftp://example.com/x" }, status: 400, field: "url" },
    { name: "missing URL", token: () => alice.token, body: {}, status: 400, field: "url" },
    { name: "unknown event", token: () => alice.token, body: { url: "https://example.com/hook", events: ["booking.exploded"] }, status: 400, field: "events.0" },
    { name: "unknown field", token: () => alice.token, body: { url: "https://example.com/hook", secret: "whsec_mine" }, status: 400, field: "secret" },
  ])("POST $name -> $status", async ({ token, body, status, code, field }) => {
    const res = await create(token(), body);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status, code: code ?? "validation_failed" });
    if (field) expect((res.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
  });

  it("creates, lists without the secret, shows deliveries and deletes, for the owner only", async () => {
    const created = await create(alice.token, { url: "https://example.com/hook", events: ["booking.created", "booking.created", "feedback.created"] });
    expect(created.status).toBe(201);
    const webhook = created.body as { id: string; secret: string; events: string[]; url: string; active: boolean; secretHint: string };
    expect(webhook).toMatchObject({ url: "https://example.com/hook", events: ["booking.created", "feedback.created"], active: true });
    expect(webhook.secret).toMatch(/^whsec_/);
    expect(created.headers.get("location")).toBe(`/api/v1/webhooks/${webhook.id}`);

    const list = await callRoute(listRoute, { token: alice.token, path: "/api/v1/webhooks" });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20, total: 1, items: [{ id: webhook.id, secretHint: webhook.secretHint }] });
    expect(list.text).not.toContain(webhook.secret);
    expect(list.text).not.toContain('"secret"');
    expect((await callRoute(listRoute, { token: bob.token })).body).toMatchObject({ items: [], total: 0 });
    expect((await callRoute(listRoute, { token: alice.token, path: "/api/v1/webhooks?pageSize=0" })).status).toBe(400);

    const params = { id: webhook.id };
    const cases = [
      { name: "bob deletes alice's", call: () => callRoute(deleteRoute, { method: "DELETE", token: bob.token, params }), status: 404 },
      { name: "bob reads alice's deliveries", call: () => callRoute(deliveriesRoute, { token: bob.token, params }), status: 404 },
      { name: "anonymous reads deliveries", call: () => callRoute(deliveriesRoute, { params }), status: 401 },
      { name: "anonymous deletes", call: () => callRoute(deleteRoute, { method: "DELETE", params }), status: 401 },
      { name: "anonymous lists", call: () => callRoute(listRoute), status: 401 },
      { name: "malformed id", call: () => callRoute(deleteRoute, { method: "DELETE", token: alice.token, params: { id: "nope" } }), status: 404 },
      { name: "alice reads her deliveries", call: () => callRoute(deliveriesRoute, { token: alice.token, params }), status: 200 },
      { name: "alice deletes hers", call: () => callRoute(deleteRoute, { method: "DELETE", token: alice.token, params }), status: 204 },
      { name: "deleting again", call: () => callRoute(deleteRoute, { method: "DELETE", token: alice.token, params }), status: 404 },
    ];
    for (const { name, call, status } of cases) {
      const res = await call();
      expect(res.status, name).toBe(status);
      if (name === "alice reads her deliveries") expect(res.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
    }
  });

  it("lists the delivery log with its outcome", async () => {
    const receiver = await startReceiver(() => 200);
    try {
      const created = await create(carol.token, { url: receiver.url });
      const { id } = created.body as { id: string };
      await prisma.outboxEvent.create({ data: { type: "booking.completed", audience: [carol.userId], payload: {} } });
      await startWebhookWorker({ db: prisma, poll: false, allowPrivate: true, now: () => new Date(Date.now() + 60_000) }).runOnce();
      const res = await callRoute(deliveriesRoute, { token: carol.token, params: { id }, path: `/api/v1/webhooks/${id}/deliveries?page=1&pageSize=5` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        page: 1,
        pageSize: 5,
        total: 1,
        items: [{ eventType: "booking.completed", status: "delivered", attempts: 1, lastStatusCode: 200, nextAttemptAt: null, messageId: expect.stringMatching(/^msg_/) }],
      });
    } finally {
      await receiver.close();
    }
  });
});
