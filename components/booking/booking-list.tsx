import Link from "next/link";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { dateInZone, formatDuration, formatTime } from "../calendar/dates";
import { SessionTypeIcon } from "../calendar/icons";
import { sessionTypeLabel } from "./format";
import { StatusBadge } from "./status-badge";
import styles from "./booking-list.module.css";

const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short" });
const YEAR = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", year: "numeric" });

/** A list of bookings as cards, each a link to its detail page; times in `zone`. */
export function BookingList({ bookings, zone, viewerId }: { bookings: BookingView[]; zone: string; viewerId: string }) {
  const thisYear = YEAR.format(new Date());
  return (
    <ul className={styles.list}>
      {bookings.map((booking) => {
        const asHost = booking.hostId === viewerId;
        const other = asHost ? booking.client?.name : booking.host.name;
        const date = booking.start ? dateInZone(booking.start, zone) : null;
        const day = date ? new Date(`${date}T00:00:00Z`) : null;
        const rescheduled = booking.status === "cancelled" && (booking.cancellation?.reason ?? "").startsWith("Rescheduled to");
        return (
          <li key={booking.id} className={styles.item}>
            {day ? (
              <div className={styles.date} aria-hidden="true">
                <span className={styles.month}>{MONTH.format(day)}</span>
                <span className={styles.dayNum}>{day.getUTCDate()}</span>
                <span className={styles.weekday}>{WEEKDAY.format(day)}</span>
              </div>
            ) : (
              <div className={styles.date} aria-hidden="true">
                <span className={styles.month}>—</span>
              </div>
            )}
            <div className={styles.body}>
              <h3 className={styles.title}>
                <Link href={`/bookings/${booking.id}`} className={styles.link}>
                  {booking.title}
                </Link>
              </h3>
              <p className={styles.when}>
                {booking.start && booking.end ? (
                  <>
                    <span className="visually-hidden">{`${new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(day ?? new Date())}, `}</span>
                    <span className="kbd-time">{`${formatTime(booking.start, zone)}–${formatTime(booking.end, zone)}`}</span>
                    {day && YEAR.format(day) !== thisYear ? ` · ${YEAR.format(day)}` : ""}
                    {booking.durationMinutes ? ` · ${formatDuration(booking.durationMinutes)}` : ""}
                  </>
                ) : (
                  "No fixed time"
                )}
              </p>
              <p className={styles.meta}>
                <span className={styles.type}>
                  <SessionTypeIcon type={booking.sessionType} className={styles.typeIcon} />
                  {sessionTypeLabel(booking.sessionType)}
                </span>
                {other ? <span>{asHost ? `Client: ${other}` : `with ${other}`}</span> : null}
                {asHost ? <span className="badge badge--brand">You host</span> : null}
              </p>
            </div>
            <div className={styles.status}>
              {rescheduled ? <span className="badge">Rescheduled</span> : <StatusBadge status={booking.status} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
