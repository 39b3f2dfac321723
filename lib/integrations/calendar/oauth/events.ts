// Writes one booking into the user's Google Calendar (Calendar API v3) or
// Outlook calendar (Microsoft Graph) on request (seed 002's sync-booking):
// creating the event the first time and updating it afterwards (CalendarEvent
// keeps the external id). The provider calls are the lifecycle jobs' own
// (sync/event-api.ts), so both paths send the same event and share token
// refresh and the "needs reconnection" state.
import type { Tx } from "@/lib/server/tx";
import { AppError } from "@/lib/server/errors";
import { ProviderError } from "../../jobs/provider-error";
import { ConnectionUnusable } from "../sync/authorized-call";
import { createExternalEvent, updateExternalEvent, type CalendarTarget, type ExternalEvent } from "../sync/event-api";
import type { UsableConnection } from "./flow";

export type CalendarEventInput = ExternalEvent;

export interface SyncedEvent {
  eventId: string;
  status: string;
  meetingLink: string | null;
}

export async function syncBookingEvent(
  db: Tx,
  userId: string,
  connection: UsableConnection,
  event: CalendarEventInput,
  now = new Date(),
): Promise<SyncedEvent> {
  const target: CalendarTarget = { id: connection.id, userId, provider: connection.config.provider, calendarId: connection.calendarId };
  const key = { bookingId_connectionId: { bookingId: event.bookingId, connectionId: connection.id } };
  const existing = await db.calendarEvent.findUnique({ where: key, select: { externalId: true } });
  try {
    let eventId = existing?.externalId ?? null;
    let meetingLink: string | null = null;
    // false: deleted at the provider since; write it again.
    if (!eventId || !(await updateExternalEvent(db, target, eventId, event, { now }))) {
      const created = await createExternalEvent(db, target, event, { now });
      eventId = created.id;
      meetingLink = created.meetUrl;
    }
    await db.calendarEvent.upsert({
      where: key,
      create: { bookingId: event.bookingId, connectionId: connection.id, externalId: eventId },
      update: { externalId: eventId },
      select: { id: true },
    });
    return { eventId, status: "confirmed", meetingLink };
  } catch (error) {
    if (error instanceof ProviderError || error instanceof ConnectionUnusable) {
      throw new AppError("provider_error", `${connection.config.label}: ${error.message}`);
    }
    throw error;
  }
}
