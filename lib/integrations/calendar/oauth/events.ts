// Writes one booking into the user's Google Calendar (Calendar API v3) or
// Outlook calendar (Microsoft Graph), creating the event the first time and
// updating it afterwards (CalendarEvent keeps the external id).
import type { Tx } from "@/lib/server/tx";
import { AppError } from "@/lib/server/errors";
import { formatHHMM, zonedDate, zonedMinutes } from "@/lib/domain";
import type { UsableConnection } from "./flow";

export interface CalendarEventInput {
  bookingId: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  /** IANA zone the event is shown in. */
  timeZone: string;
}

export interface SyncedEvent {
  eventId: string;
  status: string;
  meetingLink: string | null;
}

const FETCH_TIMEOUT_MS = 10_000;

const wall = (d: Date, zone: string) => `${zonedDate(d, zone)}T${formatHHMM(zonedMinutes(d, zone))}:00`;

async function call(connection: UsableConnection, method: "POST" | "PATCH", url: string, body: unknown): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${connection.accessToken}`, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    throw new AppError("provider_error", `${connection.config.label} could not be reached (${error instanceof Error ? error.name : "error"}).`);
  }
  const text = await response.text();
  if (!response.ok) throw new AppError("provider_error", `${connection.config.label} refused the event (HTTP ${response.status}).`);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new AppError("provider_error", `${connection.config.label} answered with something that is not JSON.`);
  }
}

export async function syncBookingEvent(db: Tx, connection: UsableConnection, event: CalendarEventInput): Promise<SyncedEvent> {
  const existing = await db.calendarEvent.findUnique({ where: { bookingId_connectionId: { bookingId: event.bookingId, connectionId: connection.id } }, select: { externalId: true } });
  const base = connection.config.apiUrl;
  let result: SyncedEvent;
  if (connection.config.provider === "google") {
    const calendar = encodeURIComponent(connection.calendarId);
    const body = {
      summary: event.summary,
      description: event.description,
      location: event.location,
      start: { dateTime: event.start.toISOString(), timeZone: event.timeZone },
      end: { dateTime: event.end.toISOString(), timeZone: event.timeZone },
    };
    const url = existing ? `${base}/calendars/${calendar}/events/${encodeURIComponent(existing.externalId)}` : `${base}/calendars/${calendar}/events`;
    const answer = await call(connection, existing ? "PATCH" : "POST", url, body);
    if (typeof answer.id !== "string") throw new AppError("provider_error", "Google Calendar returned no event id.");
    result = { eventId: answer.id, status: typeof answer.status === "string" ? answer.status : "confirmed", meetingLink: typeof answer.hangoutLink === "string" ? answer.hangoutLink : null };
  } else {
    const body = {
      subject: event.summary,
      body: { contentType: "text", content: event.description },
      location: { displayName: event.location },
      start: { dateTime: wall(event.start, event.timeZone), timeZone: event.timeZone },
      end: { dateTime: wall(event.end, event.timeZone), timeZone: event.timeZone },
    };
    const url = existing ? `${base}/me/events/${encodeURIComponent(existing.externalId)}` : `${base}/me/events`;
    const answer = await call(connection, existing ? "PATCH" : "POST", url, body);
    if (typeof answer.id !== "string") throw new AppError("provider_error", "Outlook returned no event id.");
    const online = answer.onlineMeeting as { joinUrl?: unknown } | null | undefined;
    result = { eventId: answer.id, status: answer.isCancelled === true ? "cancelled" : "confirmed", meetingLink: typeof online?.joinUrl === "string" ? online.joinUrl : null };
  }
  await db.calendarEvent.upsert({
    where: { bookingId_connectionId: { bookingId: event.bookingId, connectionId: connection.id } },
    create: { bookingId: event.bookingId, connectionId: connection.id, externalId: result.eventId },
    update: { externalId: result.eventId },
    select: { id: true },
  });
  return result;
}
