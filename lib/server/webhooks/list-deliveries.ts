import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { isUuid, type Page, type PageQuery } from "./schemas";

const deliverySelect = {
  id: true,
  messageId: true,
  eventId: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true } },
} as const;

/** The delivery log of one of the caller's webhooks, newest first. */
export async function listDeliveries(db: Db, actor: Actor, subscriptionId: string, { page, pageSize }: PageQuery) {
  if (!isUuid(subscriptionId)) throw notFound("Webhook");
  const owned = await db.webhookSubscription.findFirst({ where: { id: subscriptionId, userId: actor.userId }, select: { id: true } });
  if (!owned) throw notFound("Webhook");
  const where = { subscriptionId };
  const total = await db.webhookDelivery.count({ where });
  const rows = await db.webhookDelivery.findMany({
    where,
    select: deliverySelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const items = rows.map(({ event, nextAttemptAt, ...row }) => ({
    ...row,
    eventType: event.type,
    // Finished deliveries have no next attempt, whatever the column still says.
    nextAttemptAt: row.status === "pending" || row.status === "failed" ? nextAttemptAt : null,
  }));
  return { items, page, pageSize, total } satisfies Page<(typeof items)[number]>;
}
