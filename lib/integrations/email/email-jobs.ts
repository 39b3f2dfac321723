// booking.* events -> mails to the parties (payload.to, decided when the
// change was made). Each recipient's mail is recorded as sent as soon as the
// server accepts it, so a retry after a partial failure sends only the rest.
import { buildCalendar } from "@/lib/integrations/calendar/ics/build";
import { bookingToIcsEvent, icsMethodFor } from "@/lib/integrations/calendar/ics/booking-event";
import { bookingSelect } from "@/lib/server/bookings/booking-view";
import { bookingPageUrl, calendarBookingFromRow } from "@/lib/server/calendar/from-row";
import type { JobExecutor } from "../jobs/executor";
import { recordProgress } from "../jobs/job-repository";
import { appUrl } from "../payments/stripe-config";
import { buildMessage, mailbox, type Attachment } from "./mime";
import { sendMail } from "./smtp-client";
import { smtpConfig } from "./smtp-config";
import { noticeFor, type Recipient } from "./templates";

const isRecipient = (v: unknown): v is Recipient => v === "client" || v === "host";

export const emailNotifyJob: JobExecutor = {
  async run(job, ctx) {
    const config = smtpConfig(ctx.env);
    if (!config) return { status: "skipped", reason: "Email is off: SMTP_HOST is not set." };
    if (!job.bookingId) return { status: "skipped", reason: "No booking." };
    const row = await ctx.db.booking.findUnique({ where: { id: job.bookingId }, select: bookingSelect });
    if (!row) return { status: "skipped", reason: "The booking no longer exists." };
    const base = appUrl(ctx.env);
    const to = (Array.isArray(job.payload.to) ? job.payload.to : []).filter(isRecipient);
    const sent = new Set((Array.isArray(job.result?.sent) ? job.result.sent : []).filter(isRecipient));
    const now = ctx.now();
    for (const recipient of to) {
      if (sent.has(recipient)) continue;
      const person = recipient === "host" ? row.host : row.client;
      if (!person) continue;
      const notice = noticeFor({ type: job.eventType, payload: job.eventPayload, booking: row, recipient, appUrl: base });
      if (!notice) continue;
      const calendar = calendarBookingFromRow(row);
      const attachments: Attachment[] = calendar
        ? [
            {
              filename: `slotbook-${row.code.replace(/[^A-Za-z0-9_-]/g, "")}.ics`,
              contentType: `text/calendar; charset=utf-8; method=${icsMethodFor(row.status)}`,
              content: buildCalendar({
                method: icsMethodFor(row.status),
                stamp: now,
                events: [bookingToIcsEvent(calendar, { viewer: recipient, bookingUrl: bookingPageUrl(base, row.id) })],
              }),
            },
          ]
        : [];
      const data = buildMessage({ from: config.from, to: [mailbox(person.name, person.email)], subject: notice.subject, text: notice.text, html: notice.html, attachments, date: now });
      await sendMail(config, { to: [person.email], data });
      sent.add(recipient);
      await recordProgress(ctx.db, job, { sent: [...sent] });
    }
    return { status: "done", result: { sent: [...sent] } };
  },
};
