import { LocalTime } from "@/components/booking/local-time";
import { addDays, todayIn } from "@/components/calendar/dates";
import { getPrisma } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { getSlots } from "@/lib/server/bookings/get-slots";
import styles from "./hosts.module.css";

const DAYS = 14;

/** A host's first free slot in the next two weeks, computed on the server and streamed in. */
export async function NextAvailable({ hostId, actor, zone, durations }: { hostId: string; actor: Actor | null; zone: string; durations: number[] }) {
  const today = todayIn(zone);
  const shortest = durations.length ? Math.min(...durations) : undefined;
  let first: string | undefined;
  try {
    const result = await getSlots(getPrisma(), actor, hostId, {
      start: today,
      end: addDays(today, DAYS - 1),
      timeZone: zone,
      duration: shortest ? [shortest] : undefined,
    });
    first = result.slots[0]?.start;
  } catch {
    return <span className={styles.none}>Not available</span>;
  }
  if (!first) return <span className={styles.none}>{`Nothing in the next ${DAYS} days`}</span>;
  return (
    <span className={styles.next}>
      <LocalTime instant={first} initialZone={zone} />
    </span>
  );
}

export function NextAvailableSkeleton() {
  return (
    <span className={styles.nextSkeleton}>
      <span className="visually-hidden">Checking…</span>
    </span>
  );
}
