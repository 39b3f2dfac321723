// GET /api/v1/calendar/{feedToken}.ics: a user's sessions as a subscribable
// feed (METHOD:PUBLISH). The token in the path is the only credential, so an
// unknown or malformed one is a plain 404. The feed holds the user's bookings as
// client and as host from 30 days ago on; drafts and reschedule-history rows
// (the old times a live booking points to) are left out, cancelled sessions
// stay in as STATUS:CANCELLED so subscribed calendars drop them.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCalendar } from "@/lib/integrations/calendar/ics/build";
import { bookingToIcsEvent } from "@/lib/integrations/calendar/ics/booking-event";
import { notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { bookingSelect } from "../bookings/booking-view";
import { bookingPageUrl, calendarBookingFromRow } from "./from-row";

export const FEED_PAST_DAYS = 30;
/** Far more than anyone books; keeps one request bounded. */
export const FEED_MAX_EVENTS = 2000;
export const FEED_REFRESH_MINUTES = 60;

export function feedWhere(userId: string, now: Date): Prisma.BookingWhereInput {
  return {
    OR: [
      // A client's sessions: their own bookings and their seats in group sessions.
      { clientId: userId, kind: { in: ["individual", "seat"] } },
      // A host's sessions: one event per group occurrence, not one per seat.
      { hostId: userId, kind: { in: ["individual", "group_session"] } },
    ],
    status: { not: "draft" },
    rescheduledTo: { none: {} },
    startAt: { not: null },
    endAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) },
  };
}

export async function userFeed(db: Db, feedToken: string, options: { baseUrl?: string; now?: Date } = {}): Promise<string> {
  if (!isUuid(feedToken)) throw notFound("Calendar feed");
  const user = await db.user.findUnique({ where: { feedToken: feedToken.toLowerCase() }, select: { id: true, name: true } });
  if (!user) throw notFound("Calendar feed");
  const now = options.now ?? new Date();
  const rows = await db.booking.findMany({
    where: feedWhere(user.id, now),
    select: bookingSelect,
    orderBy: [{ startAt: "asc" }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
  });
  const events = rows.flatMap((row) => {
    const booking = calendarBookingFromRow(row);
    if (!booking) return [];
    const viewer = row.hostId === user.id ? "host" : "client";
    return [bookingToIcsEvent(booking, { viewer, bookingUrl: bookingPageUrl(options.baseUrl, row.id) })];
  });
  return buildCalendar({
    method: "PUBLISH",
    stamp: now,
    name: `Slotbook · ${user.name}`,
    description: "Your Slotbook sessions, as client and as host.",
    refreshMinutes: FEED_REFRESH_MINUTES,
    events,
  });
}
