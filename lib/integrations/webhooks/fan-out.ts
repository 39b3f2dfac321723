// Outbox -> deliveries: locking the events, inserting their deliveries and
// marking them dispatched is one statement (fanOutDueEvents), so a crash
// leaves all of it or none, and a second worker skips events this one holds.
import type { Db } from "@/lib/db";
import { fanOutDueEvents, hasEventsToFanOut } from "./queue-repository";

/** Returns the number of events dispatched (not deliveries created). */
export async function fanOutEvents(db: Db, now: Date, limit: number): Promise<number> {
  if (!(await hasEventsToFanOut(db, now))) return 0;
  return fanOutDueEvents(db, now, limit);
}
