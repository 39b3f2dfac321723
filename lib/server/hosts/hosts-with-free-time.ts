// Which hosts have at least one bookable slot soon: the directory's "free
// within" filter. Each host costs one scheduling query plus the engine's
// sweep (milliseconds), run a few at a time so a long directory does not
// flood the connection pool.
import type { Db } from "@/lib/db";
import { getSlots } from "../bookings/get-slots";

const CONCURRENCY = 4;
const DAY_MS = 86_400_000;

export async function hostsWithFreeTime(db: Db, hostIds: readonly string[], days: number, now = new Date()): Promise<Set<string>> {
  const start = now.toISOString().slice(0, 10);
  const end = new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const free = new Set<string>();
  let next = 0;
  async function worker() {
    while (next < hostIds.length) {
      const hostId = hostIds[next++]!;
      const result = await getSlots(db, null, hostId, { start, end, timeZone: "UTC", duration: undefined }, now);
      // UTC days are wider than the window asked for: only slots inside it count.
      const horizon = now.getTime() + days * DAY_MS;
      if (result.slots.some((slot) => Date.parse(slot.start) < horizon)) free.add(hostId);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, hostIds.length) }, worker));
  return free;
}
