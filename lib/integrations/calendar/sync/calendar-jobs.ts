// Booking events in the connected calendars of host and client: written on
// confirmation, moved and edited with the booking, removed when it is
// cancelled or declined. Each job reads the booking as it is when it runs,
// so a late retry never writes stale times. One connection failing does not
// stop the others; the job is retried (with the runner's backoff) until all
// are written, and a connection whose refresh token was refused is marked
// for reconnection and skipped rather than retried.
import type { Db } from "@/lib/db";
import { recordEvent } from "@/lib/server/outbox";
import { bookingPageUrl } from "@/lib/server/calendar/from-row";
import { eventDetails, eventLocation, type CalendarBooking } from "../ics/booking-event";
import type { JobContext, JobExecutor, JobOutcome } from "../../jobs/executor";
import { errorMessage, isRetryable, ProviderError } from "../../jobs/provider-error";
import { appUrl } from "../../payments/stripe-config";
import { jitsiMeeting } from "../../video/jitsi";
import { meetingTopic } from "../../video/provider";
import { ConnectionUnusable } from "./authorized-call";
import { activeConnections } from "./connections";
import { createExternalEvent, deleteExternalEvent, fetchMeetUrl, updateExternalEvent, type CalendarTarget, type ExternalEvent } from "./event-api";

/** Sessions that belong in a calendar: confirmed and not over. */
const LIVE = ["confirmed", "in_progress"] as const;
const MEET_PENDING = "google_meet";

async function loadBooking(db: Db, bookingId: string | null) {
  if (!bookingId) return null;
  return db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      code: true,
      status: true,
      startAt: true,
      endAt: true,
      title: true,
      description: true,
      agenda: true,
      notes: true,
      clientNotes: true,
      location: true,
      sessionType: true,
      icsSequence: true,
      meetingProvider: true,
      meetingUrl: true,
      hostId: true,
      clientId: true,
      host: { select: { name: true, email: true, timeZone: true } },
      client: { select: { name: true, email: true } },
      service: { select: { name: true } },
      calendarEvents: { select: { connectionId: true, externalId: true } },
    },
  });
}

type SyncBooking = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;

function eventOf(booking: SyncBooking & { startAt: Date; endAt: Date }, ctx: JobContext): ExternalEvent {
  const calendar: CalendarBooking = {
    id: booking.id,
    code: booking.code,
    status: booking.status,
    start: booking.startAt,
    end: booking.endAt,
    title: booking.title,
    description: booking.description,
    agenda: booking.agenda,
    notes: booking.notes,
    clientNotes: booking.clientNotes,
    location: booking.location,
    meetingUrl: booking.meetingUrl,
    sessionType: booking.sessionType,
    sequence: booking.icsSequence,
    host: booking.host,
    client: booking.client,
    service: booking.service,
  };
  return {
    bookingId: booking.id,
    summary: meetingTopic(booking.client?.name ?? null, booking.host.name, booking.title || booking.service?.name || "Session"),
    description: eventDetails(calendar, { bookingUrl: bookingPageUrl(appUrl(ctx.env), booking.id) }),
    location: eventLocation(calendar),
    start: booking.startAt,
    end: booking.endAt,
    timeZone: booking.host.timeZone,
  };
}

/** Stores a link on a booking still waiting for its Meet link; false when it no longer is. */
async function storeMeeting(db: Db, booking: SyncBooking, meeting: { provider: string; id: string; url: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, meetingProvider: MEET_PENDING, meetingUrl: null, status: { in: [...LIVE] } },
      data: { meetingProvider: meeting.provider, meetingId: meeting.id, meetingUrl: meeting.url, meetingPassword: null, icsSequence: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordEvent(tx, {
      type: "booking.updated",
      bookingId: booking.id,
      audience: [booking.clientId, booking.hostId],
      payload: { by: "system", fields: ["meetingUrl"], meetingProvider: meeting.provider },
    });
    return true;
  });
}

async function fallBackToJitsi(db: Db, booking: SyncBooking): Promise<void> {
  const room = jitsiMeeting(booking.code);
  if (await storeMeeting(db, booking, room)) booking.meetingUrl = room.url;
}

const options = (ctx: JobContext) => ({ now: ctx.now(), ...(ctx.fetch ? { fetch: ctx.fetch } : {}) });

async function saveEventId(db: Db, bookingId: string, connectionId: string, externalId: string): Promise<void> {
  await db.calendarEvent.upsert({
    where: { bookingId_connectionId: { bookingId, connectionId } },
    create: { bookingId, connectionId, externalId },
    update: { externalId },
    select: { id: true },
  });
}

/** Writes the booking into one calendar; returns what happened, for the job's result. */
async function syncOne(ctx: JobContext, booking: SyncBooking & { startAt: Date; endAt: Date }, target: CalendarTarget, makeMeet: boolean): Promise<string> {
  const existing = booking.calendarEvents.find((event) => event.connectionId === target.id)?.externalId;
  if (existing && makeMeet) {
    // Created on an earlier attempt while Google was still setting the conference up.
    const url = await fetchMeetUrl(ctx.db, target, existing, options(ctx));
    if (!url) throw new ProviderError("google", "the Meet conference is not ready yet", { retryable: true });
    if (await storeMeeting(ctx.db, booking, { provider: "google_meet", id: existing, url })) booking.meetingUrl = url;
  }
  const event = eventOf(booking, ctx);
  if (existing && (await updateExternalEvent(ctx.db, target, existing, event, options(ctx)))) return "updated";
  const created = await createExternalEvent(ctx.db, target, event, { ...options(ctx), meet: makeMeet });
  await saveEventId(ctx.db, booking.id, target.id, created.id);
  if (makeMeet) {
    const url = created.meetUrl ?? (await fetchMeetUrl(ctx.db, target, created.id, options(ctx)));
    if (!url) throw new ProviderError("google", "the Meet conference is not ready yet", { retryable: true });
    // Google shows the conference on its own event; the other calendars get the link in their text.
    if (await storeMeeting(ctx.db, booking, { provider: "google_meet", id: created.id, url })) booking.meetingUrl = url;
  }
  return existing ? "recreated" : "created";
}

/** calendar.create and calendar.update: the same reconciliation, event by event. */
async function syncBooking(job: { bookingId: string | null }, ctx: JobContext): Promise<JobOutcome> {
  const booking = await loadBooking(ctx.db, job.bookingId);
  if (!booking) return { status: "skipped", reason: "The booking no longer exists." };
  const { startAt, endAt } = booking;
  if (!startAt || !endAt) return { status: "skipped", reason: "The booking has no time to put in a calendar." };
  if (!(LIVE as readonly string[]).includes(booking.status)) return { status: "skipped", reason: `The booking is ${booking.status}: nothing to write.` };
  const timed = { ...booking, startAt, endAt };
  const targets = await activeConnections(ctx.db, [booking.hostId, ...(booking.clientId ? [booking.clientId] : [])]);
  const wantsMeet = booking.meetingProvider === MEET_PENDING && !booking.meetingUrl;
  const meetTarget = wantsMeet ? targets.find((t) => t.userId === booking.hostId && t.provider === "google") : undefined;
  const outcomes: Record<string, string> = {};
  if (wantsMeet && !meetTarget) {
    await fallBackToJitsi(ctx.db, booking);
    outcomes.meeting = "Google Calendar is no longer connected: a Jitsi room was used instead of Google Meet.";
  }
  if (targets.length === 0) return { status: "skipped", reason: outcomes.meeting ?? "No calendar is connected.", result: outcomes };

  const failures: unknown[] = [];
  // The Meet link first: the other calendars (the client's) show it.
  const ordered = meetTarget ? [meetTarget, ...targets.filter((t) => t !== meetTarget)] : targets;
  for (const target of ordered) {
    const makeMeet = target === meetTarget && !booking.meetingUrl;
    try {
      outcomes[target.id] = await syncOne(ctx, timed, target, makeMeet);
    } catch (error) {
      if (error instanceof ConnectionUnusable) {
        outcomes[target.id] = `skipped: ${error.message}`;
        if (makeMeet) {
          await fallBackToJitsi(ctx.db, booking);
          outcomes.meeting = "Google Calendar needs reconnection: a Jitsi room was used instead of Google Meet.";
        }
        continue;
      }
      // Without the Meet link the other events would show none: try them all again later.
      if (makeMeet) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw combined(failures);
  return { status: "done", result: outcomes };
}

function combined(failures: unknown[]): unknown {
  if (failures.length === 1) return failures[0];
  const retryable = failures.some(isRetryable);
  return new ProviderError("calendar", failures.map(errorMessage).join("; "), { retryable });
}

export const calendarCreateJob: JobExecutor = {
  run: (job, ctx) => syncBooking(job, ctx),
  // Google stayed down for hours: a Jitsi room beats a session without a link.
  async onDead(job, ctx) {
    const booking = await loadBooking(ctx.db, job.bookingId);
    if (booking && booking.meetingProvider === MEET_PENDING && !booking.meetingUrl) await fallBackToJitsi(ctx.db, booking);
  },
};

export const calendarUpdateJob: JobExecutor = {
  run: (job, ctx) => syncBooking(job, ctx),
};

export const calendarDeleteJob: JobExecutor = {
  async run(job, ctx) {
    if (!job.bookingId) return { status: "skipped", reason: "No booking." };
    const events = await ctx.db.calendarEvent.findMany({
      where: { bookingId: job.bookingId },
      select: { id: true, externalId: true, connection: { select: { id: true, userId: true, provider: true, calendarId: true } } },
    });
    if (events.length === 0) return { status: "skipped", reason: "No calendar event was written for this booking." };
    const outcomes: Record<string, string> = {};
    const failures: unknown[] = [];
    for (const event of events) {
      try {
        await deleteExternalEvent(ctx.db, event.connection, event.externalId, options(ctx));
        outcomes[event.connection.id] = "deleted";
      } catch (error) {
        if (!(error instanceof ConnectionUnusable)) {
          failures.push(error);
          continue;
        }
        // Nothing would ever retry it: say so, and stop tracking the event.
        outcomes[event.connection.id] = `left in the calendar: ${error.message}`;
      }
      await ctx.db.calendarEvent.deleteMany({ where: { id: event.id } });
    }
    if (failures.length > 0) throw combined(failures);
    return { status: "done", result: outcomes };
  },
};
