// Zoom meetings follow their booking: created after confirmation, moved on
// reschedule, deleted on cancellation. Each job reads the booking as it is
// when the job runs, so a late retry never applies stale times.
import type { Db } from "@/lib/db";
import { recordEvent } from "@/lib/server/outbox";
import type { JobContext, JobExecutor } from "../jobs/executor";
import { ProviderError } from "../jobs/provider-error";
import { jitsiMeeting } from "./jitsi";
import { meetingTopic, type MeetingSpec } from "./provider";
import { zoomProvider } from "./zoom";
import { zoomConfig } from "./zoom-config";

const ACTIVE = ["pending", "confirmed", "in_progress"] as const;

async function loadBooking(db: Db, bookingId: string | null) {
  if (!bookingId) return null;
  return db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      code: true,
      status: true,
      sessionType: true,
      title: true,
      agenda: true,
      startAt: true,
      durationMinutes: true,
      meetingProvider: true,
      meetingId: true,
      meetingUrl: true,
      clientId: true,
      hostId: true,
      host: { select: { name: true, timeZone: true } },
      client: { select: { name: true } },
    },
  });
}

type MeetingBooking = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;

function specOf(booking: MeetingBooking): MeetingSpec {
  return {
    code: booking.code,
    topic: meetingTopic(booking.client?.name ?? null, booking.host.name, booking.title),
    agenda: booking.agenda,
    start: booking.startAt ?? new Date(),
    durationMinutes: booking.durationMinutes ?? 60,
    timeZone: booking.host.timeZone,
  };
}

const isActive = (status: string) => (ACTIVE as readonly string[]).includes(status);

function zoomFor(ctx: JobContext) {
  const config = zoomConfig(ctx.env);
  return config ? zoomProvider(config, { now: ctx.now, ...(ctx.fetch ? { fetch: ctx.fetch } : {}) }) : null;
}

/** Stores a link on a booking still waiting for its Zoom meeting; false when it no longer is. */
async function storeMeeting(db: Db, booking: MeetingBooking, meeting: { provider: string; id: string; url: string; password: string | null }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, meetingProvider: "zoom", meetingUrl: null, status: { in: [...ACTIVE] } },
      data: { meetingProvider: meeting.provider, meetingId: meeting.id, meetingUrl: meeting.url, meetingPassword: meeting.password, icsSequence: { increment: 1 } },
    });
    if (count === 0) return false;
    // Webhook subscribers and calendar feeds learn the link like any other edit.
    await recordEvent(tx, {
      type: "booking.updated",
      bookingId: booking.id,
      audience: [booking.clientId, booking.hostId],
      payload: { by: "system", fields: ["meetingUrl"], meetingProvider: meeting.provider },
    });
    return true;
  });
}

async function fallBackToJitsi(ctx: JobContext, bookingId: string | null): Promise<boolean> {
  const booking = await loadBooking(ctx.db, bookingId);
  if (!booking) return false;
  return storeMeeting(ctx.db, booking, { ...jitsiMeeting(booking.code), password: null });
}

export const videoCreateJob: JobExecutor = {
  async run(job, ctx) {
    const booking = await loadBooking(ctx.db, job.bookingId);
    if (!booking) return { status: "skipped", reason: "The booking no longer exists." };
    if (!isActive(booking.status)) return { status: "skipped", reason: `The booking is ${booking.status}: no meeting needed.` };
    if (booking.meetingProvider !== "zoom" || booking.meetingUrl) return { status: "skipped", reason: "The booking already has a meeting link." };
    const zoom = zoomFor(ctx);
    if (!zoom) {
      await fallBackToJitsi(ctx, booking.id);
      return { status: "skipped", reason: "Zoom is no longer configured: a Jitsi room was used instead." };
    }
    const meeting = await zoom.create(specOf(booking));
    if (!(await storeMeeting(ctx.db, booking, meeting))) {
      // Cancelled or given another link while Zoom was answering: the new
      // meeting has no booking, so it goes.
      await zoom.delete(meeting.id).catch(() => undefined);
      return { status: "skipped", reason: "The booking changed while the meeting was created; the meeting was deleted.", result: { meetingId: meeting.id } };
    }
    return { status: "done", result: { meetingId: meeting.id } };
  },
  // Zoom stayed down for hours: a Jitsi room beats a session without a link.
  async onDead(job, ctx) {
    await fallBackToJitsi(ctx, job.bookingId);
  },
};

export const videoUpdateJob: JobExecutor = {
  async run(job, ctx) {
    const booking = await loadBooking(ctx.db, job.bookingId);
    if (!booking || booking.meetingProvider !== "zoom" || !booking.meetingId) {
      return { status: "skipped", reason: "No Zoom meeting to update (yet): its creation uses the current time." };
    }
    if (!isActive(booking.status)) return { status: "skipped", reason: `The booking is ${booking.status}.` };
    const zoom = zoomFor(ctx);
    if (!zoom) return { status: "skipped", reason: "Zoom is not configured: update the meeting in Zoom by hand." };
    await zoom.update(booking.meetingId, specOf(booking));
    return { status: "done", result: { meetingId: booking.meetingId } };
  },
};

export const videoDeleteJob: JobExecutor = {
  async run(job, ctx) {
    const booking = await loadBooking(ctx.db, job.bookingId);
    const fromBooking = booking?.meetingProvider === "zoom" ? booking.meetingId : null;
    const meetingId = fromBooking ?? (typeof job.payload.meetingId === "string" ? job.payload.meetingId : null);
    if (!meetingId) return { status: "skipped", reason: "No Zoom meeting was created for this booking." };
    const zoom = zoomFor(ctx);
    // Dead rather than skipped: a meeting is left in the host's Zoom account.
    if (!zoom) throw new ProviderError("zoom", `not configured: delete meeting ${meetingId} in Zoom by hand`, { retryable: false });
    await zoom.delete(meetingId);
    return { status: "done", result: { meetingId } };
  },
};
