// recordEvent plus the provider jobs the event calls for, in the same
// transaction: a committed booking change always has its jobs, and a rolled
// back one has neither. Use-cases call this instead of recordEvent for
// booking events.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/server/outbox";
import { reminderJobs, retireReminders } from "../email/reminder-jobs";
import { SUPERSEDING_EVENTS, type ReminderBooking } from "../email/reminders";
import { smtpConfig } from "../email/smtp-config";
import { lateRefundPercent } from "../payments/stripe-config";
import { insertJobs, type NewJob } from "./job-repository";
import { mayPlanCalendarJobs, planJobs, type PlanBooking } from "./plan";

type EventInput = Parameters<typeof recordEvent>[1];

/** What planning reads of a booking: the jobs' inputs, the reminders' and whose calendars to write. */
export type SideEffectBooking = PlanBooking & ReminderBooking & { hostId: string };

export async function recordEventWithSideEffects(
  tx: Prisma.TransactionClient,
  event: EventInput,
  options: { now?: Date; env?: NodeJS.ProcessEnv; booking?: SideEffectBooking } = {},
): Promise<void> {
  const recorded = await recordEvent(tx, event);
  await planSideEffects(tx, event.type, event.bookingId, { ...options, event: recorded });
}

export async function planSideEffects(
  tx: Prisma.TransactionClient,
  type: string,
  bookingId: string,
  // A use-case that has just written the booking may pass it (and the event)
  // in: planning then costs no read.
  options: { now?: Date; env?: NodeJS.ProcessEnv; event?: { id: string; payload: Prisma.JsonValue }; booking?: SideEffectBooking } = {},
): Promise<void> {
  const env = options.env ?? process.env;
  // Without the event in hand, the newest event of this type for this booking
  // is it. The booking's row lock, held by the status-guarded update before
  // it, keeps a concurrent change from slipping in between.
  const event =
    options.event ??
    (await tx.outboxEvent.findFirst({
      where: { bookingId, type },
      orderBy: { seq: "desc" },
      select: { id: true, payload: true },
    }));
  const booking = options.booking ?? (await loadPlanBooking(tx, bookingId));
  if (!event || !booking) return;
  // Only events that can touch a calendar pay for the count (booking.created, on
  // every create, never does).
  const calendarConnections =
    booking.calendarConnections ??
    (!mayPlanCalendarJobs(type) ? 0 : await tx.calendarConnection.count({
      where: { userId: { in: [booking.hostId, ...(booking.clientId ? [booking.clientId] : [])] }, needsReconnect: false },
    }));
  const now = options.now ?? new Date();
  if (SUPERSEDING_EVENTS.has(type)) await retireReminders(tx, bookingId, type);
  await insertJobs(tx, plannedJobsFor({ id: event.id, type, payload: event.payload }, bookingId, { ...booking, calendarConnections }, now, env), now);
}

/**
 * The provider jobs and reminders an event calls for, without reading or
 * writing anything: planSideEffects writes them in the caller's transaction,
 * and a create writes them in the statement that inserts the booking
 * (bookings/insert-booking.ts).
 */
export function plannedJobsFor(
  event: { id: string; type: string; payload: Prisma.JsonValue },
  bookingId: string,
  booking: SideEffectBooking & { calendarConnections: number },
  now: Date,
  env: NodeJS.ProcessEnv = process.env,
): NewJob[] {
  const payload = event.payload && typeof event.payload === "object" && !Array.isArray(event.payload) ? (event.payload as Record<string, unknown>) : {};
  const jobs = planJobs(event.type, payload, booking, { smtp: smtpConfig(env) !== null, lateRefundPercent: lateRefundPercent(env) });
  return [
    ...jobs.map((job) => ({ eventId: event.id, bookingId, kind: job.kind, payload: job.payload, ...(job.skipReason ? { skipReason: job.skipReason } : {}) })),
    ...reminderJobs(event, bookingId, booking, now),
  ];
}

async function loadPlanBooking(tx: Prisma.TransactionClient, bookingId: string): Promise<SideEffectBooking | null> {
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: {
      status: true,
      sessionType: true,
      meetingProvider: true,
      meetingId: true,
      meetingUrl: true,
      paymentProvider: true,
      paymentStatus: true,
      priceCents: true,
      currency: true,
      refundedCents: true,
      clientId: true,
      startAt: true,
      hostId: true,
      host: { select: { hostProfile: { select: { refundFullNoticeHours: true } } } },
      _count: { select: { calendarEvents: true } },
    },
  });
  if (!booking) return null;
  const { host, _count, ...rest } = booking;
  return { ...rest, refundFullNoticeHours: host.hostProfile?.refundFullNoticeHours ?? 24, calendarEvents: _count.calendarEvents };
}
