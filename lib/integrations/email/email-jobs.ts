// booking.* events -> mails to the parties (payload.to, decided when the
// change was made). Each mail is stored in the outbox (mail-outbox.ts) and,
// when SMTP is configured, sent; a recipient is recorded as done as soon as
// the server accepts the mail, so a retry after a partial failure sends only
// the rest.
import { buildCalendar } from "@/lib/integrations/calendar/ics/build";
import { bookingToIcsEvent, icsMethodFor } from "@/lib/integrations/calendar/ics/booking-event";
import type { BookingRow } from "@/lib/server/bookings/booking-view";
import { bookingPageUrl, calendarBookingFromRow } from "@/lib/server/calendar/from-row";
import { jobBookingRow, type JobExecutor } from "../jobs/executor";
import { appUrl } from "../payments/stripe-config";
import { deliver, type Delivery } from "./mail-outbox";
import { smtpConfig } from "./smtp-config";
import { noticeFor, type Recipient } from "./templates";

export const isRecipient = (v: unknown): v is Recipient => v === "client" || v === "host";

export const recipientsOf = (value: unknown): Recipient[] => (Array.isArray(value) ? value : []).filter(isRecipient);

/** The booking as an invitation from `recipient`'s side: REQUEST while on (same UID, SEQUENCE = icsSequence), CANCEL once off. */
export function bookingIcsFor(row: BookingRow, recipient: Recipient, base: string | undefined, now: Date) {
  const calendar = calendarBookingFromRow(row);
  if (!calendar) return null;
  return {
    filename: `slotbook-${row.code.replace(/[^A-Za-z0-9_-]/g, "")}.ics`,
    content: buildCalendar({
      method: icsMethodFor(row.status),
      stamp: now,
      events: [bookingToIcsEvent(calendar, { viewer: recipient, bookingUrl: bookingPageUrl(base, row.id) })],
    }),
  };
}

export const emailNotifyJob: JobExecutor = {
  async run(job, ctx) {
    const config = smtpConfig(ctx.env);
    if (!job.bookingId) return { status: "skipped", reason: "No booking." };
    const row = await jobBookingRow(ctx, job.bookingId);
    if (!row) return { status: "skipped", reason: "The booking no longer exists." };
    const base = appUrl(ctx.env);
    const key = config ? "sent" : "stored";
    const delivery: Delivery = { done: new Set(recipientsOf(job.result?.[key])), toStore: [] };
    for (const recipient of recipientsOf(job.payload.to)) {
      if (delivery.done.has(recipient)) continue;
      const person = recipient === "host" ? row.host : row.client;
      if (!person) continue;
      const notice = noticeFor({ type: job.eventType, payload: job.eventPayload, booking: row, recipient, appUrl: base });
      if (!notice) continue;
      // A feedback request carries no invitation: the session is over.
      const ics = notice.kind === "feedback_request" ? null : bookingIcsFor(row, recipient, base, ctx.now());
      await deliver(ctx, job, { party: recipient, userId: recipient === "host" ? row.hostId : row.clientId, bookingId: row.id, to: person, notice, ics }, config, delivery);
    }
    return { status: "done", result: { [key]: [...delivery.done] }, mails: delivery.toStore };
  },
};
