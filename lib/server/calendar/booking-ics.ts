// GET /api/v1/bookings/{id}/ics: one booking as an iTIP message. Ownership is
// in the where clause (loadBookingFor): someone else's booking is a 404.
// METHOD:REQUEST while the session is on, METHOD:CANCEL once it is cancelled
// or declined; UID is the booking id (stable across reschedules) and SEQUENCE
// is Booking.icsSequence, which the core bumps on every calendar-visible change.
import type { Db } from "@/lib/db";
import { buildCalendar, type IcsMethod } from "@/lib/integrations/calendar/ics/build";
import { bookingToIcsEvent, icsMethodFor } from "@/lib/integrations/calendar/ics/booking-event";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { loadBookingFor } from "../bookings/load-booking";
import { bookingPageUrl, calendarBookingFromRow } from "./from-row";

export interface BookingIcs {
  text: string;
  /** slotbook-<code>.ics */
  filename: string;
  method: Extract<IcsMethod, "REQUEST" | "CANCEL">;
}

export async function bookingIcs(
  db: Db,
  actor: Actor,
  bookingId: string,
  options: { baseUrl?: string; now?: Date } = {},
): Promise<BookingIcs> {
  const { row, role } = await loadBookingFor(db, actor, bookingId);
  const booking = row.status === "draft" ? null : calendarBookingFromRow(row);
  // Drafts and purchases without a time of their own have no calendar event.
  if (!booking) throw notFound("Calendar event");
  const method = icsMethodFor(row.status);
  const event = bookingToIcsEvent(booking, { viewer: role, bookingUrl: bookingPageUrl(options.baseUrl, row.id) });
  return {
    text: buildCalendar({ method, stamp: options.now ?? new Date(), events: [event] }),
    filename: `slotbook-${row.code.replace(/[^A-Za-z0-9_-]/g, "")}.ics`,
    method,
  };
}
