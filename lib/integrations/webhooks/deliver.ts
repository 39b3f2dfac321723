// Due deliveries -> HTTP. The claim is a short transaction of its own; the POST
// happens outside any transaction (a slow receiver must not hold row locks or
// a pooled connection), and its outcome is recorded afterwards.
import type { Db } from "@/lib/db";
import { retryDelayMs } from "./retry-schedule";
import { claimDueDeliveries, disableSubscription, recordDelivered, recordFailed, type ClaimedDelivery } from "./queue-repository";
import { postWebhook } from "./sender";
import { webhookHeaders } from "./signature";

export interface DeliverOptions {
  now: () => Date;
  random: () => number;
  limit: number;
  timeoutMs: number;
  /** Longer than timeoutMs, so a live worker always records before its lease ends. */
  leaseMs: number;
  allowPrivate: boolean;
}

export function webhookBody(delivery: Pick<ClaimedDelivery, "eventType" | "eventCreatedAt" | "payload" | "bookingId">): string {
  const payload = delivery.payload && typeof delivery.payload === "object" && !Array.isArray(delivery.payload) ? delivery.payload : { value: delivery.payload };
  // The timestamp is the event's, not the attempt's, so every retry sends the same bytes.
  return JSON.stringify({
    type: delivery.eventType,
    timestamp: new Date(delivery.eventCreatedAt).toISOString(),
    data: { ...payload, bookingId: delivery.bookingId ?? (payload as { bookingId?: unknown }).bookingId ?? null },
  });
}

export async function deliverDue(db: Db, options: DeliverOptions): Promise<{ delivered: number; failed: number }> {
  const claimedAt = options.now();
  const claimed = await claimDueDeliveries(db, claimedAt, new Date(claimedAt.getTime() + options.leaseMs), options.limit);
  const outcomes = await Promise.all(claimed.map((delivery) => deliverOne(db, delivery, options)));
  const delivered = outcomes.filter(Boolean).length;
  return { delivered, failed: outcomes.length - delivered };
}

async function deliverOne(db: Db, delivery: ClaimedDelivery, options: DeliverOptions): Promise<boolean> {
  const body = webhookBody(delivery);
  const timestamp = Math.floor(options.now().getTime() / 1000);
  const result = await postWebhook(delivery.url, { ...webhookHeaders(delivery.secret, delivery.messageId, timestamp, body) }, body, {
    timeoutMs: options.timeoutMs,
    allowPrivate: options.allowPrivate,
  });
  const now = options.now();
  if (result.error === null && result.statusCode !== null) {
    await recordDelivered(db, delivery, result.statusCode, now);
    return true;
  }
  if (result.statusCode === 410) {
    await disableSubscription(db, delivery, "The endpoint answered 410 Gone.", now);
    return false;
  }
  const delay = retryDelayMs(delivery.attempts, options.random);
  await recordFailed(db, delivery, { statusCode: result.statusCode, error: result.error ?? "Unknown error." }, delay === null ? null : new Date(now.getTime() + delay));
  return false;
}
