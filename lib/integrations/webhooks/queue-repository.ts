// The webhook queue's data access. This is the one module allowed raw SQL:
// Prisma cannot express FOR UPDATE SKIP LOCKED, which is what lets several
// worker processes share the tables without a coordinator or double sends.
// Every timestamp comes from the caller's clock, never from SQL now(), so
// tests can move time without sleeping.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/query-rows";

/** A cheap probe, so an idle poll costs one indexed read and no transaction. */
export async function hasEventsToFanOut(db: Db, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    Prisma.sql`SELECT "id"::text AS "id" FROM "OutboxEvent" WHERE "dispatchedAt" IS NULL AND "nextAttemptAt" <= ${now}::timestamptz LIMIT 1`,
  );
  return rows.length > 0;
}

/**
 * Fans due events out to the subscriptions of their audience, in ONE
 * statement: lock the events (SKIP LOCKED, so a second worker takes others),
 * insert a delivery per (subscription, event) the subscription wants (all
 * types when its list is empty), mark the events dispatched. One statement is
 * atomic like the transaction it replaces, and holds the embedded database for
 * one round trip, not five (docs/decisions/016-hot-paths-in-sql.md).
 * Existing (subscription, event) pairs are skipped, so a re-run cannot
 * duplicate. Returns the number of events dispatched.
 */
export async function fanOutDueEvents(db: Db, now: Date, limit: number): Promise<number> {
  const [row] = await queryRows<{ events: number }>(
    db,
    Prisma.sql`WITH ev AS (
        SELECT "id", "type", "audience" FROM "OutboxEvent"
        WHERE "dispatchedAt" IS NULL AND "nextAttemptAt" <= ${now}::timestamptz
        ORDER BY "seq"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ), pairs AS (
        SELECT gen_random_uuid() AS "id", s."id" AS "subscriptionId", ev."id" AS "eventId"
        FROM ev JOIN "WebhookSubscription" s
          ON s."userId" = ANY(ev."audience") AND s."active" AND (cardinality(s."events") = 0 OR ev."type" = ANY(s."events"))
      ), deliveries AS (
        INSERT INTO "WebhookDelivery" ("id", "subscriptionId", "eventId", "messageId", "nextAttemptAt", "updatedAt")
        SELECT "id", "subscriptionId", "eventId", 'msg_' || "id"::text, ${now}::timestamptz, ${now}::timestamptz FROM pairs
        ON CONFLICT ("subscriptionId", "eventId") DO NOTHING
        RETURNING 1
      ), dispatched AS (
        UPDATE "OutboxEvent" o SET "dispatchedAt" = ${now}::timestamptz FROM ev WHERE o."id" = ev."id"
        RETURNING 1
      )
      SELECT (SELECT count(*)::int FROM dispatched) AS "events", (SELECT count(*)::int FROM deliveries) AS "deliveries"`,
  );
  return row?.events ?? 0;
}

export interface ClaimedDelivery {
  id: string;
  messageId: string;
  /** Including the attempt being made now: the fencing token for recording it. */
  attempts: number;
  subscriptionId: string;
  url: string;
  secret: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  bookingId: string | null;
  eventCreatedAt: Date;
}

/**
 * Claims due deliveries in one statement (its own short transaction): rows are
 * locked with SKIP LOCKED, their nextAttemptAt is pushed to `leaseUntil` so no
 * other worker picks them up while this one is posting, and the attempt is
 * counted. A worker that dies mid-post leaves the lease to expire, and the
 * delivery is retried then.
 */
export function claimDueDeliveries(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>(Prisma.sql`
    WITH due AS (
      SELECT d.id
      FROM "WebhookDelivery" d
      JOIN "WebhookSubscription" s ON s.id = d."subscriptionId"
      WHERE d.status IN ('pending', 'failed') AND d."nextAttemptAt" <= ${now} AND s.active
      ORDER BY d."nextAttemptAt", d.id
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "WebhookDelivery" AS d
    SET "nextAttemptAt" = ${leaseUntil}, attempts = d.attempts + 1, "updatedAt" = CURRENT_TIMESTAMP
    FROM due, "WebhookSubscription" s, "OutboxEvent" e
    WHERE d.id = due.id AND s.id = d."subscriptionId" AND e.id = d."eventId"
    RETURNING d.id::text AS id, d."messageId", d.attempts, d."subscriptionId"::text AS "subscriptionId",
      s.url, s.secret, e.id::text AS "eventId", e.type AS "eventType", e.payload,
      e."bookingId"::text AS "bookingId", e."createdAt" AS "eventCreatedAt"`);
}

// Results are written only if the row still carries our attempt number: a
// worker whose lease expired must not overwrite a newer attempt's outcome.
// Single statements, not updateMany, which Prisma wraps in a transaction.
export async function recordDelivered(db: Db, delivery: ClaimedDelivery, statusCode: number, now: Date): Promise<boolean> {
  const count = await db.$executeRaw(Prisma.sql`
    UPDATE "WebhookDelivery"
    SET status = 'delivered', "deliveredAt" = ${now}, "lastStatusCode" = ${statusCode}, "lastError" = NULL, "updatedAt" = CURRENT_TIMESTAMP
    WHERE id = CAST(${delivery.id} AS uuid) AND attempts = ${delivery.attempts} AND status IN ('pending', 'failed')`);
  return count === 1;
}

/** `retryAt` null: out of retries, the delivery is dead. */
export async function recordFailed(
  db: Db,
  delivery: ClaimedDelivery,
  result: { statusCode: number | null; error: string },
  retryAt: Date | null,
): Promise<boolean> {
  const count = await db.$executeRaw(Prisma.sql`
    UPDATE "WebhookDelivery"
    SET status = CAST(${retryAt ? "failed" : "dead"} AS "DeliveryStatus"), "lastStatusCode" = ${result.statusCode},
      "lastError" = ${result.error.slice(0, 500)}, "updatedAt" = CURRENT_TIMESTAMP
      ${retryAt ? Prisma.sql`, "nextAttemptAt" = ${retryAt}` : Prisma.empty}
    WHERE id = CAST(${delivery.id} AS uuid) AND attempts = ${delivery.attempts} AND status IN ('pending', 'failed')`);
  return count === 1;
}

function ours(delivery: Pick<ClaimedDelivery, "id" | "attempts">) {
  return { id: delivery.id, attempts: delivery.attempts, status: { in: ["pending", "failed"] } } satisfies Prisma.WebhookDeliveryWhereInput;
}

/** 410 Gone: the receiver asked us to stop. Its queued deliveries die with it. */
export async function disableSubscription(db: Db, delivery: ClaimedDelivery, reason: string, now: Date): Promise<void> {
  await db.$transaction([
    db.webhookSubscription.updateMany({
      where: { id: delivery.subscriptionId, active: true },
      data: { active: false, disabledAt: now, disabledReason: reason },
    }),
    db.webhookDelivery.updateMany({
      where: ours(delivery),
      data: { status: "dead", lastStatusCode: 410, lastError: reason },
    }),
    db.webhookDelivery.updateMany({
      where: { subscriptionId: delivery.subscriptionId, status: { in: ["pending", "failed"] }, id: { not: delivery.id } },
      data: { status: "dead", lastError: "Endpoint disabled before this delivery succeeded." },
    }),
  ]);
}
