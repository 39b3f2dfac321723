// Seed 002 /calendar endpoints. The OAuth client lives in
// lib/integrations/calendar/oauth; without provider credentials every endpoint
// answers 501 after authenticating and validating the request.
import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { isValidTimeZone } from "@/lib/domain";
import { parseWith, queryObject, readBody } from "@/lib/http/parse";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { calendarBookingFromView, eventDetails, eventLocation, eventSummary } from "@/lib/integrations/calendar/ics/booking-event";
import { completeAuthorization, providerConfig, startAuthorization, syncBookingEvent, usableConnection, type CalendarProviderName } from "@/lib/integrations/calendar/oauth";
import { bookingExists } from "../common-b/bookings";
import { DialectError, withErrors } from "../common-b/errors";
import { json } from "../common-b/route";
import { cb } from "./dialect";

const PROVIDERS = ["google", "outlook"] as const;

function providerOf(raw: string): CalendarProviderName {
  if (!(PROVIDERS as readonly string[]).includes(raw)) throw new DialectError(404, "Not Found");
  return raw as CalendarProviderName;
}

const redirectUri = z
  .string({ message: "Field required" })
  .min(1, "Field required")
  .max(2000, "At most 2000 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.hash;
    } catch {
      return false;
    }
  }, "Must be an absolute http(s) URL without a fragment");

const redirectQuery = z.object({ redirect_uri: redirectUri });
const exchangeBody = z.object({
  code: z.string({ message: "Field required" }).min(1, "Field required").max(4096),
  state: z.string({ message: "Field required" }).min(1, "Field required").max(200),
});
const syncBody = z.object({
  booking_id: z.uuid({ message: "Must be a UUID" }),
  calendar_type: z.enum(PROVIDERS, { message: "Must be google or outlook" }),
  // The document's clients send the token they got from exchange-token; the
  // server uses the connection it stored instead, so the value is not needed.
  access_token: z.string().max(8192).nullish(),
  timezone: z
    .string()
    .max(64)
    .refine((zone) => isValidTimeZone(zone), "Unknown IANA time zone")
    .nullish(),
});

// GET /calendar/{google|outlook}/auth-url?redirect_uri=
export const authUrlHandler = cb.authed<{ provider: string }>(async ({ request, actor, params }) => {
  const provider = providerOf(params.provider);
  const { redirect_uri } = parseWith(redirectQuery, queryObject(new URL(request.url)));
  const { authUrl, state } = await startAuthorization(getPrisma(), actor.userId, provider, redirect_uri);
  return json({ auth_url: authUrl, state });
});

// POST /calendar/{google|outlook}/exchange-token?redirect_uri=  {code, state}
export const exchangeTokenHandler = cb.authed<{ provider: string }>(async ({ request, actor, params }) => {
  const provider = providerOf(params.provider);
  const { redirect_uri } = parseWith(redirectQuery, queryObject(new URL(request.url)));
  const body = parseWith(exchangeBody, await readBody(request));
  const tokens = await completeAuthorization(getPrisma(), actor.userId, provider, { code: body.code, state: body.state, redirectUri: redirect_uri });
  return json({
    access_token: tokens.access_token,
    // Kept server-side only (encrypted): nothing in this API needs it back,
    // and a long-lived credential is safer never leaving the server.
    refresh_token: null,
    expires_in: tokens.expires_in ?? null,
    token_type: tokens.token_type ?? "Bearer",
  });
});

// POST /calendar/sync-booking  {booking_id, calendar_type, access_token, timezone}
export const syncBookingHandler = cb.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const body = parseWith(syncBody, await readBody(request));
  const config = providerConfig(body.calendar_type);
  const id = body.booking_id;
  const view = await withErrors(() => getBooking(db, actor, id), {
    not_found: async () =>
      isUuid(id) && (await bookingExists(db, id)) ? new DialectError(403, "Only the client or coach can sync their bookings") : new DialectError(404, "Booking not found"),
  });
  const viewer = view.hostId === actor.userId ? "host" : view.clientId === actor.userId ? "client" : null;
  if (!viewer) throw new DialectError(403, "Only the client or coach can sync their bookings");
  const booking = calendarBookingFromView(view);
  if (!booking) throw new DialectError(400, "This booking has no session time to put in a calendar");
  const connection = await usableConnection(db, actor.userId, body.calendar_type);
  if (!connection) {
    throw new DialectError(400, `No ${config.label} connected for this user: complete /calendar/${body.calendar_type}/auth-url and /calendar/${body.calendar_type}/exchange-token first`);
  }
  const me = viewer === "host" ? view.host : view.client;
  const synced = await syncBookingEvent(db, actor.userId, connection, {
    bookingId: view.id,
    summary: eventSummary(booking, viewer),
    description: eventDetails(booking),
    location: eventLocation(booking),
    start: booking.start,
    end: booking.end,
    timeZone: body.timezone ?? me?.timeZone ?? "UTC",
  });
  return json({ event_id: synced.eventId, meeting_link: synced.meetingLink ?? view.meeting?.url ?? null, status: synced.status });
});
