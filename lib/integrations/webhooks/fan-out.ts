// Outbox -> deliveries. Locking the events, inserting their deliveries and
// marking them dispatched happen in one transaction: a crash in between rolls
// everything back, and a second worker skips events this one holds.
import type { Db } from "@/lib/db";
import { activeSubscriptionsOf, hasEventsToFanOut, insertDeliveries, lockEventsForFanOut, markEventsDispatched } from "./queue-repository";

/** An empty event list means "everything". */
export function wantsEvent(subscriptionEvents: readonly string[], type: string): boolean {
  return subscriptionEvents.length === 0 || subscriptionEvents.includes(type);
}

/** Returns the number of events dispatched (not deliveries created). */
export async function fanOutEvents(db: Db, now: Date, limit: number): Promise<number> {
  if (!(await hasEventsToFanOut(db, now))) return 0;
  return db.$transaction(async (tx) => {
    const events = await lockEventsForFanOut(tx, now, limit);
    if (events.length === 0) return 0;
    const userIds = [...new Set(events.flatMap((event) => event.audience))];
    const subscriptions = userIds.length ? await activeSubscriptionsOf(tx, userIds) : [];
    const pairs = events.flatMap((event) =>
      subscriptions
        .filter((sub) => event.audience.includes(sub.userId) && wantsEvent(sub.events, event.type))
        .map((sub) => ({ subscriptionId: sub.id, eventId: event.id })),
    );
    await insertDeliveries(tx, pairs, now);
    await markEventsDispatched(tx, events.map((event) => event.id), now);
    return events.length;
  });
}
