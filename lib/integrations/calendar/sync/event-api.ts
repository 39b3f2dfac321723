// Creating, moving and removing a booking's event in Google Calendar (API v3)
// and Outlook (Microsoft Graph). Bodies are built here from a plain event so
// both providers get the same title, text, place and times.
import type { Tx } from "@/lib/server/tx";
import { ProviderError } from "../../jobs/provider-error";
import { isOk, statusError, type ProviderResponse } from "../../jobs/provider-http";
import { authorizedCall, type CallOptions, type ConnectionRef } from "./authorized-call";

export interface ExternalEvent {
  bookingId: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  /** The host's IANA zone: the zone Google shows the event in. */
  timeZone: string;
}

export interface CalendarTarget extends ConnectionRef {
  calendarId: string;
}

export interface CreatedEvent {
  id: string;
  /** Google Meet join URL from conferenceData, when one was asked for and is ready. */
  meetUrl: string | null;
}

/** Google: dateTime in UTC plus the zone to show it in. */
export function googleEventBody(event: ExternalEvent) {
  return {
    summary: event.summary,
    description: event.description,
    location: event.location,
    start: { dateTime: event.start.toISOString(), timeZone: event.timeZone },
    end: { dateTime: event.end.toISOString(), timeZone: event.timeZone },
    extendedProperties: { private: { slotbookBookingId: event.bookingId } },
  };
}

/** Graph wants a wall time without offset plus a zone name; UTC is the one every tenant accepts. */
const graphUtc = (d: Date) => `${d.toISOString().slice(0, 19)}.0000000`;

export function graphEventBody(event: ExternalEvent) {
  return {
    subject: event.summary,
    body: { contentType: "text", content: event.description },
    location: { displayName: event.location },
    start: { dateTime: graphUtc(event.start), timeZone: "UTC" },
    end: { dateTime: graphUtc(event.end), timeZone: "UTC" },
  };
}

const enc = encodeURIComponent;

function googleEventsPath(target: CalendarTarget, eventId?: string): string {
  return `/calendars/${enc(target.calendarId)}/events${eventId ? `/${enc(eventId)}` : ""}`;
}

function graphEventsPath(target: CalendarTarget): string {
  return target.calendarId === "primary" ? "/me/events" : `/me/calendars/${enc(target.calendarId)}/events`;
}

/** The Meet join URL of a Google event: hangoutLink, else the video entry point. */
export function meetUrlOf(body: unknown): string | null {
  const event = body as { hangoutLink?: unknown; conferenceData?: { entryPoints?: Array<{ entryPointType?: unknown; uri?: unknown }> } } | null;
  if (typeof event?.hangoutLink === "string" && event.hangoutLink) return event.hangoutLink;
  const video = event?.conferenceData?.entryPoints?.find((point) => point.entryPointType === "video");
  return typeof video?.uri === "string" ? video.uri : null;
}

function idOf(target: CalendarTarget, response: ProviderResponse): string {
  const id = (response.body as { id?: unknown } | null)?.id;
  if (typeof id !== "string" || !id) throw new ProviderError(target.provider, "event created without an id", { status: response.status, retryable: false });
  return id;
}

function providerMessage(response: ProviderResponse): string | undefined {
  const error = (response.body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : undefined;
}

export async function createExternalEvent(db: Tx, target: CalendarTarget, event: ExternalEvent, options: CallOptions & { meet?: boolean }): Promise<CreatedEvent> {
  if (target.provider === "google") {
    const meet = options.meet === true;
    const query = `?sendUpdates=none${meet ? "&conferenceDataVersion=1" : ""}`;
    const body = {
      ...googleEventBody(event),
      // requestId is Google's idempotency key for the conference: one per booking and calendar.
      ...(meet ? { conferenceData: { createRequest: { requestId: `slotbook-${event.bookingId}-${target.id}`, conferenceSolutionKey: { type: "hangoutsMeet" } } } } : {}),
    };
    const { response } = await authorizedCall(db, target, { method: "POST", path: `${googleEventsPath(target)}${query}`, body }, options);
    if (!isOk(response)) throw statusError("google", "creating the event", response, providerMessage(response));
    return { id: idOf(target, response), meetUrl: meet ? meetUrlOf(response.body) : null };
  }
  const body = { ...graphEventBody(event), transactionId: `slotbook-${event.bookingId}-${target.id}` };
  const { response } = await authorizedCall(db, target, { method: "POST", path: graphEventsPath(target), body }, options);
  if (!isOk(response)) throw statusError("outlook", "creating the event", response, providerMessage(response));
  return { id: idOf(target, response), meetUrl: null };
}

/** The Meet link of an event created earlier whose conference was still being set up. */
export async function fetchMeetUrl(db: Tx, target: CalendarTarget, eventId: string, options: CallOptions): Promise<string | null> {
  const { response } = await authorizedCall(db, target, { method: "GET", path: `${googleEventsPath(target, eventId)}?conferenceDataVersion=1` }, options);
  if (!isOk(response)) throw statusError("google", "reading the event", response, providerMessage(response));
  return meetUrlOf(response.body);
}

/** false: the event is gone at the provider (deleted by its owner), so the caller creates it again. */
export async function updateExternalEvent(db: Tx, target: CalendarTarget, eventId: string, event: ExternalEvent, options: CallOptions): Promise<boolean> {
  const google = target.provider === "google";
  const path = google ? `${googleEventsPath(target, eventId)}?sendUpdates=none` : `/me/events/${enc(eventId)}`;
  const { response } = await authorizedCall(db, target, { method: "PATCH", path, body: google ? googleEventBody(event) : graphEventBody(event) }, options);
  if (response.status === 404 || response.status === 410) return false;
  if (!isOk(response)) throw statusError(target.provider, "updating the event", response, providerMessage(response));
  // Google keeps deleted events as status "cancelled": a PATCH on one succeeds but shows nothing.
  if (google && (response.body as { status?: unknown } | null)?.status === "cancelled") return false;
  return true;
}

/** Deleting an event that is already gone is not an error. */
export async function deleteExternalEvent(db: Tx, target: CalendarTarget, eventId: string, options: CallOptions): Promise<void> {
  const path = target.provider === "google" ? `${googleEventsPath(target, eventId)}?sendUpdates=none` : `/me/events/${enc(eventId)}`;
  const { response } = await authorizedCall(db, target, { method: "DELETE", path }, options);
  if (response.status === 404 || response.status === 410) return;
  if (!isOk(response)) throw statusError(target.provider, "deleting the event", response, providerMessage(response));
}
