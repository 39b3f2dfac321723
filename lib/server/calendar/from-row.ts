// Booking rows (bookingSelect) -> the calendar shape of lib/integrations/calendar/ics.
import type { CalendarBooking } from "@/lib/integrations/calendar/ics/booking-event";
import type { BookingRow } from "../bookings/booking-view";

/** Null for rows without a time of their own (package, course and bundle purchases). */
export function calendarBookingFromRow(row: BookingRow): CalendarBooking | null {
  if (!row.startAt || !row.endAt) return null;
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    start: row.startAt,
    end: row.endAt,
    title: row.title,
    description: row.description,
    agenda: row.agenda,
    notes: row.notes,
    clientNotes: row.clientNotes,
    location: row.location,
    meetingUrl: row.meetingUrl,
    sessionType: row.sessionType,
    sequence: row.icsSequence,
    host: { name: row.host.name, email: row.host.email },
    client: row.client ? { name: row.client.name, email: row.client.email } : null,
    service: row.service ? { name: row.service.name } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Where the booking lives in the web app, for the event's URL and description. */
export function bookingPageUrl(baseUrl: string | undefined, bookingId: string): string | undefined {
  return baseUrl ? new URL(`/bookings/${bookingId}`, baseUrl).toString() : undefined;
}

/** The public origin of the app: NEXTAUTH_URL when set (behind a proxy), else the request's own. */
export function appBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request origin
    }
  }
  return new URL(request.url).origin;
}
