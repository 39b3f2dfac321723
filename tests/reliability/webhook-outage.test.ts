// Webhook receiver outage: bookings are made and cancelled through the API
// while the receiver first answers 503 and then is not listening at all; the
// clock moves on ~8 hours of retries (injected, never slept); the receiver
// comes back on the same port; after the queue drains every event was
// delivered exactly once per subscription, by webhook-id, correctly signed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createBookingRoute } from "@/app/api/v1/bookings/route";
import { POST as bookingActionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { getPrisma } from "@/lib/db";
import { verifyWebhook } from "@/lib/integrations/webhooks/signature";
import { startWebhookWorker, type WebhookWorker } from "@/lib/integrations/webhooks/worker";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { callRoute } from "../support/call-route";
import { makeHost, makeUser, type TestUser } from "../support/fixtures";
import { freshSlot } from "./support/world";

type Mode = "503" | "closed" | "up";
interface Hit {
  id: string;
  path: string;
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A receiver on a fixed port that can answer 503, stop listening, and come back. */
class Receiver {
  readonly hits: Hit[] = [];
  mode: Mode = "503";
  private server?: http.Server;
  port = 0;

  async listen(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const status = this.mode === "up" ? 200 : 503;
        this.hits.push({ id: String(req.headers["webhook-id"]), path: req.url ?? "/", status, body: Buffer.concat(chunks).toString("utf8"), headers: req.headers });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const prisma = getPrisma();
const receiver = new Receiver();
let host: TestUser;
let client: TestUser;
let clock = new Date(Date.now() + 60_000);
let worker: WebhookWorker;
const secrets = new Map<string, string>();

beforeAll(async () => {
  await receiver.listen();
  host = await makeHost({ requiresConfirmation: false, minCancelNoticeHours: 0 });
  client = await makeUser();
  for (const [user, path] of [[host, "/host"], [client, "/client"]] as const) {
    const sub = await createWebhook(prisma, { userId: user.id, roles: ["client"], via: "token" }, { url: `http://127.0.0.1:${receiver.port}${path}`, events: [] });
    const { secret } = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id }, select: { secret: true } });
    secrets.set(path, secret);
  }
  worker = startWebhookWorker({ db: prisma, poll: false, now: () => clock, random: () => 0.5, allowPrivate: true, timeoutMs: 2_000 });
});

afterAll(async () => {
  await worker?.stop();
  await receiver.close();
});

/** Runs the worker, jumping the clock to each next due attempt, until nothing is left or `until` is reached. */
async function drain(until?: Date, maxRounds = 60): Promise<void> {
  for (let round = 0; round < maxRounds; round += 1) {
    await worker.runOnce();
    const next = await prisma.webhookDelivery.aggregate({ where: { status: { in: ["pending", "failed"] } }, _min: { nextAttemptAt: true } });
    const undispatched = await prisma.outboxEvent.count({ where: { dispatchedAt: null } });
    const due = next._min.nextAttemptAt;
    if (!due && undispatched === 0) return;
    if (until && due && due > until) return;
    if (due && due > clock) clock = due;
  }
  if (!until) throw new Error("the webhook queue did not drain");
}

async function produceEvents(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const created = await callRoute(createBookingRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: freshSlot(), duration: 60 } });
    expect(created.status).toBe(201);
    if (i % 2 === 0) {
      const id = (created.body as { id: string }).id;
      const cancelled = await callRoute(bookingActionRoute, { method: "POST", token: client.token, params: { id, action: "cancel" }, body: { reason: "outage test" } });
      expect(cancelled.status).toBe(200);
    }
  }
}

describe("webhook receiver outage", () => {
  it("delivers every event exactly once by webhook-id after the receiver recovers", async () => {
    // 1. The receiver answers 503 while events are produced.
    receiver.mode = "503";
    await produceEvents(4);
    await drain(new Date(clock.getTime() + 10 * 60_000));
    expect(receiver.hits.length).toBeGreaterThan(0);
    expect(receiver.hits.every((h) => h.status === 503)).toBe(true);

    // 2. Then it is not listening at all (connection refused), more events meanwhile.
    await receiver.close();
    await produceEvents(3);
    await drain(new Date(clock.getTime() + 8 * 3_600_000));
    const during = await prisma.webhookDelivery.groupBy({ by: ["status"], _count: true });
    expect(during.map((g) => g.status).sort()).toEqual(["failed"]);

    // 3. It comes back on the same port and the queue drains.
    receiver.mode = "up";
    await receiver.listen();
    await drain();

    const deliveries = await prisma.webhookDelivery.findMany({ select: { messageId: true, status: true, attempts: true, subscription: { select: { url: true } } } });
    const events = await prisma.outboxEvent.count();
    expect(events).toBeGreaterThanOrEqual(4 + 3 + 2);
    expect(deliveries).toHaveLength(2 * events);
    expect(deliveries.every((d) => d.status === "delivered")).toBe(true);
    expect(deliveries.some((d) => d.attempts > 2)).toBe(true);

    const ok = receiver.hits.filter((h) => h.status === 200);
    const okIds = ok.map((h) => h.id);
    expect(new Set(okIds).size).toBe(okIds.length);
    expect(okIds.sort()).toEqual(deliveries.map((d) => d.messageId).sort());
    for (const hit of ok) {
      const secret = secrets.get(hit.path)!;
      const verified = verifyWebhook(secret, hit.headers as Record<string, string>, hit.body, { now: new Date(Number(hit.headers["webhook-timestamp"]) * 1000) });
      expect(verified.ok).toBe(true);
    }
    console.log(`[webhooks] ${events} events x 2 subscriptions: ${receiver.hits.length - ok.length} refused attempts answered, ${ok.length} delivered once each`);
  });
});
