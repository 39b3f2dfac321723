// From a booking to a calendar event: the wording shared by the .ics files,
// the subscribable feed and the "add to calendar" links. Pure and
// browser-safe; it takes a plain shape, so both a database row (Dates) and the
// API's BookingView (ISO strings) fit through the adapters below.
import type { IcsAttendee, IcsEvent, IcsMethod, IcsStatus } from "./build";

export type CalendarViewer = "client" | "host" | "admin";

export interface CalendarBooking {
  id: string;
  code: string;
  status: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  agenda: string;
  notes: string;
  clientNotes: string;
  location: string;
  meetingUrl: string | null;
  sessionType: string;
  /** Booking.icsSequence. */
  sequence: number;
  host: { name: string; email: string };
  client: { name: string; email: string } | null;
  service: { name: string } | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/** Stable across reschedules and edits: the booking keeps its id. */
export const bookingUid = (bookingId: string) => `${bookingId}@slotbook`;

const GONE = new Set(["cancelled", "declined"]);
const TENTATIVE = new Set(["draft", "pending", "pending_payment"]);

export const isCancelledStatus = (status: string) => GONE.has(status);

/** REQUEST while the session is on, CANCEL once it is cancelled or declined. */
export function icsMethodFor(status: string): Extract<IcsMethod, "REQUEST" | "CANCEL"> {
  return GONE.has(status) ? "CANCEL" : "REQUEST";
}

/** Awaiting the host (or payment): TENTATIVE; cancelled/declined: CANCELLED; anything else happened or will. */
export function icsStatusFor(status: string): IcsStatus {
  if (GONE.has(status)) return "CANCELLED";
  if (TENTATIVE.has(status)) return "TENTATIVE";
  return "CONFIRMED";
}

/**
 * The event's title from the viewer's side. Bookings get a default title
 * written for the client ("Session with <host>"); on the host's calendar that
 * becomes "Session with <client>". Untitled bookings are named the same way.
 */
export function eventSummary(booking: CalendarBooking, viewer: CalendarViewer): string {
  let title = booking.title.trim();
  const forClient = ` with ${booking.host.name}`;
  if (viewer === "host" && booking.client && title.endsWith(forClient)) title = `${title.slice(0, -forClient.length)} with ${booking.client.name}`;
  const base =
    title ||
    booking.service?.name.trim() ||
    (viewer === "host"
      ? `Session with ${booking.client?.name ?? "a client"}`
      : viewer === "client"
        ? `Session with ${booking.host.name}`
        : `Session: ${booking.host.name} & ${booking.client?.name ?? "clients"}`);
  if (booking.status === "cancelled") return `Cancelled: ${base}`;
  if (booking.status === "declined") return `Declined: ${base}`;
  return base;
}

/** Where the session happens: the address for in-person sessions, otherwise the meeting link. */
export function eventLocation(booking: CalendarBooking): string {
  const place = booking.location.trim();
  const link = booking.meetingUrl?.trim() ?? "";
  return booking.sessionType === "in_person" ? place || link : link || place;
}

/** The event's description: what it is about, how to join, where to manage it. */
export function eventDetails(booking: CalendarBooking, options: { bookingUrl?: string } = {}): string {
  const parts: string[] = [];
  const add = (label: string | null, value: string | null | undefined) => {
    const v = value?.trim();
    if (v) parts.push(label ? `${label}:\n${v}` : v);
  };
  add(null, booking.description);
  add("Agenda", booking.agenda);
  add("Notes", booking.notes);
  if (booking.clientNotes.trim() !== booking.notes.trim()) add("Notes from the client", booking.clientNotes);
  if (booking.meetingUrl) parts.push(`Join: ${booking.meetingUrl}`);
  const people = [`Host: ${booking.host.name}`, booking.client ? `Client: ${booking.client.name}` : null].filter(Boolean).join("\n");
  parts.push(`${people}\nBooking ${booking.code}${options.bookingUrl ? `: ${options.bookingUrl}` : ""}`);
  return parts.join("\n\n");
}

export interface BookingEventOptions {
  viewer: CalendarViewer;
  /** Link back to the booking in Slotbook (URL property and description). */
  bookingUrl?: string;
}

export function bookingToIcsEvent(booking: CalendarBooking, options: BookingEventOptions): IcsEvent {
  const attendees: IcsAttendee[] = booking.client
    ? [{ name: booking.client.name, email: booking.client.email, partstat: GONE.has(booking.status) ? "DECLINED" : "ACCEPTED" }]
    : [];
  const location = eventLocation(booking);
  return {
    uid: bookingUid(booking.id),
    sequence: booking.sequence,
    start: booking.start,
    end: booking.end,
    summary: eventSummary(booking, options.viewer),
    description: eventDetails(booking, { bookingUrl: options.bookingUrl }),
    ...(location ? { location } : {}),
    ...(options.bookingUrl ? { url: options.bookingUrl } : booking.meetingUrl ? { url: booking.meetingUrl } : {}),
    status: icsStatusFor(booking.status),
    organizer: { name: booking.host.name, email: booking.host.email },
    attendees,
    ...(booking.createdAt ? { created: booking.createdAt } : {}),
    ...(booking.updatedAt ? { lastModified: booking.updatedAt } : {}),
  };
}

// ---------------------------------------------------------------------------
// Adapters

/** The fields of the API's BookingView that a calendar event needs. */
export interface BookingViewLike {
  id: string;
  code: string;
  status: string;
  start: string | null;
  end: string | null;
  title: string;
  description: string;
  agenda: string;
  notes: string;
  clientNotes: string;
  location: string;
  sessionType: string;
  meeting: { url: string } | null;
  host: { name: string; email: string };
  client: { name: string; email: string } | null;
  service: { name: string } | null;
  createdAt?: string;
  updatedAt?: string;
}

/** BookingView -> CalendarBooking; null when the booking has no time (a package, a course). */
export function calendarBookingFromView(view: BookingViewLike, sequence = 0): CalendarBooking | null {
  if (!view.start || !view.end) return null;
  return {
    id: view.id,
    code: view.code,
    status: view.status,
    start: new Date(view.start),
    end: new Date(view.end),
    title: view.title,
    description: view.description,
    agenda: view.agenda,
    notes: view.notes,
    clientNotes: view.clientNotes,
    location: view.location,
    meetingUrl: view.meeting?.url ?? null,
    sessionType: view.sessionType,
    sequence,
    host: view.host,
    client: view.client,
    service: view.service,
    ...(view.createdAt ? { createdAt: new Date(view.createdAt) } : {}),
    ...(view.updatedAt ? { updatedAt: new Date(view.updatedAt) } : {}),
  };
}
