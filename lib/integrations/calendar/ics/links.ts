// "Add to Google Calendar" / "Add to Outlook" links: prefilled event forms in
// the provider's web app, no account linking needed. Pure and browser-safe,
// so client components can import it.
import { formatUtc } from "./build";
import {
  calendarBookingFromView,
  eventDetails,
  eventLocation,
  eventSummary,
  type BookingViewLike,
  type CalendarViewer,
} from "./booking-event";

export interface CalendarLinkEvent {
  title: string;
  start: Date;
  end: Date;
  details?: string;
  location?: string;
}

/** Long descriptions make URLs that some browsers and proxies refuse. */
export const MAX_LINK_DETAILS = 1500;

const clip = (value: string | undefined, max = MAX_LINK_DETAILS) =>
  value && value.length > max ? `${value.slice(0, max - 1)}…` : (value ?? "");

function query(params: Array<[string, string]>): string {
  return params
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}

/**
 * https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20260308T170000Z/20260308T180000Z&details=…&location=…
 */
export function googleCalendarUrl(event: CalendarLinkEvent): string {
  // The slash between the two instants stays literal: it is the documented separator.
  const dates = `${formatUtc(event.start)}/${formatUtc(event.end)}`;
  const rest = query([
    ["text", event.title],
    ["details", clip(event.details)],
    ["location", event.location ?? ""],
  ]);
  return `https://calendar.google.com/calendar/render?action=TEMPLATE&dates=${dates}${rest ? `&${rest}` : ""}`;
}

/**
 * Outlook on the web compose deeplink. `account: "personal"` (default) is
 * outlook.live.com (Outlook.com accounts), `"work"` is outlook.office.com (Microsoft 365).
 */
export function outlookCalendarUrl(event: CalendarLinkEvent, options: { account?: "personal" | "work" } = {}): string {
  const host = options.account === "work" ? "outlook.office.com" : "outlook.live.com";
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `https://${host}/calendar/0/deeplink/compose?${query([
    ["path", "/calendar/action/compose"],
    ["rru", "addevent"],
    ["subject", event.title],
    ["startdt", iso(event.start)],
    ["enddt", iso(event.end)],
    ["body", clip(event.details)],
    ["location", event.location ?? ""],
  ])}`;
}

/** Path of the downloadable .ics of one booking (authenticated: session or token). */
export const bookingIcsPath = (bookingId: string) => `/api/v1/bookings/${encodeURIComponent(bookingId)}/ics`;

export interface BookingCalendarLinks {
  google: string;
  outlook: string;
  office365: string;
  /** Relative path of the .ics download. */
  ics: string;
}

/**
 * Every "add to calendar" target for a booking as the API returns it
 * (BookingView). Null when the booking has no time of its own (a package or
 * course purchase). `bookingUrl` (absolute) is linked from the description.
 */
export function bookingCalendarLinks(
  view: BookingViewLike,
  options: { viewer: CalendarViewer; bookingUrl?: string },
): BookingCalendarLinks | null {
  const booking = calendarBookingFromView(view);
  if (!booking) return null;
  const event: CalendarLinkEvent = {
    title: eventSummary(booking, options.viewer),
    start: booking.start,
    end: booking.end,
    details: eventDetails(booking, { bookingUrl: options.bookingUrl }),
    location: eventLocation(booking),
  };
  return {
    google: googleCalendarUrl(event),
    outlook: outlookCalendarUrl(event),
    office365: outlookCalendarUrl(event, { account: "work" }),
    ics: bookingIcsPath(view.id),
  };
}

/** Path of a user's subscribable feed; the token is the only credential. */
export const calendarFeedPath = (feedToken: string) => `/api/v1/calendar/${feedToken}.ics`;

/**
 * Subscription URLs for a feed path (as returned by GET /api/v1/me/calendar-feed)
 * on the given origin: https for copy-paste, webcal:// to open the desktop
 * calendar app, and Google Calendar's "add by URL" page.
 */
export function calendarFeedUrls(origin: string, feedPath: string): { https: string; webcal: string; google: string } {
  const https = new URL(feedPath, origin).toString();
  const webcal = https.replace(/^https?:/, "webcal:");
  return { https, webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}
