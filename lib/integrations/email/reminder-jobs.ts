// Reminder mails 24 hours and 1 hour before a confirmed session. They are
// IntegrationJobs whose nextAttemptAt is the reminder time, planned in the
// transaction of the booking.confirmed / booking.rescheduled event; any later
// lifecycle event first retires the reminders still waiting (a moved session
// gets new ones). At run time the booking is read again and the reminder is
// skipped if it no longer fits (reminders.ts), or for a recipient who turned
// reminders off.
import type { Tx } from "@/lib/server/tx";
import { jobBookingRow, type JobExecutor } from "../jobs/executor";
import type { NewJob } from "../jobs/job-repository";
import { appUrl } from "../payments/stripe-config";
import { recipientsOf } from "./email-jobs";
import { deliver, type Delivery } from "./mail-outbox";
import { planReminders, REMINDERS, reminderSpec, reminderVerdict, SUPERSEDING_EVENTS, type ReminderBooking } from "./reminders";
import { smtpConfig } from "./smtp-config";
import { reminderNotice } from "./templates";

const REMINDER_KINDS = REMINDERS.map((r) => r.kind);

/** Retires the waiting reminders of a booking that `eventType` (a SUPERSEDING_EVENTS member) makes stale. */
export async function retireReminders(tx: Tx, bookingId: string, eventType: string): Promise<void> {
  await tx.integrationJob.updateMany({
    where: { bookingId, kind: { in: REMINDER_KINDS }, status: { in: ["pending", "failed"] } },
    data: { status: "skipped", lastError: `Superseded by ${eventType}.` },
  });
}

/** The reminders an event plans (none for events that do not supersede them). */
export function reminderJobs(event: { id: string; type: string }, bookingId: string, booking: ReminderBooking, now: Date): NewJob[] {
  if (!SUPERSEDING_EVENTS.has(event.type)) return [];
  return planReminders(event.type, booking, now).map((r) => ({
    eventId: event.id,
    bookingId,
    kind: r.kind,
    payload: r.payload,
    runAt: r.runAt,
    ...(r.skipReason ? { skipReason: r.skipReason } : {}),
  }));
}

export const reminderJob: JobExecutor = {
  async run(job, ctx) {
    const spec = reminderSpec(job.kind);
    if (!spec || !job.bookingId) return { status: "skipped", reason: "Not a booking reminder." };
    const row = await jobBookingRow(ctx, job.bookingId);
    if (!row) return { status: "skipped", reason: "The booking no longer exists." };
    const verdict = reminderVerdict({ now: ctx.now(), plannedStart: String(job.payload.start ?? ""), status: row.status, currentStart: row.startAt, offsetMs: spec.offsetMs });
    if (!verdict.send) return { status: "skipped", reason: verdict.reason };

    const config = smtpConfig(ctx.env);
    const key = config ? "sent" : "stored";
    const delivery: Delivery = { done: new Set(recipientsOf(job.result?.[key])), toStore: [] };
    const optedOut: string[] = [];
    const base = appUrl(ctx.env);
    // Read now, not when planned: turning reminders off applies to sessions already booked.
    const ids = [row.hostId, row.clientId].filter((id): id is string => id !== null);
    const prefs = new Map((await ctx.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, emailReminders: true } })).map((u) => [u.id, u.emailReminders]));
    for (const recipient of recipientsOf(job.payload.to)) {
      if (delivery.done.has(recipient)) continue;
      const person = recipient === "host" ? row.host : row.client;
      const userId = recipient === "host" ? row.hostId : row.clientId;
      if (!person || !userId) continue;
      if (prefs.get(userId) === false) {
        optedOut.push(recipient);
        continue;
      }
      const notice = reminderNotice({ booking: row, recipient, kind: spec.mailKind, label: spec.label, appUrl: base });
      await deliver(ctx, job, { party: recipient, userId, bookingId: row.id, to: person, notice }, config, delivery);
    }
    const result = { [key]: [...delivery.done], ...(optedOut.length ? { optedOut } : {}) };
    if (delivery.done.size === 0 && optedOut.length > 0) return { status: "skipped", reason: "Reminders are turned off by every recipient.", result };
    return { status: "done", result, mails: delivery.toStore };
  },
};
