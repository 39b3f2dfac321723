// Every rendered notification is first stored as a MailMessage (the outbox
// admins read at /admin/mail); sending it over SMTP is a second step, taken
// only when SMTP is configured. So a mail is never lost to a missing or
// failing server: it is at least stored, and its status says what happened.
// A retried job finds its stored message (one per job and party) and sends
// exactly that again, never a second copy.
import type { JobContext } from "../jobs/executor";
import type { ClaimedJob } from "../jobs/job-repository";
import { recordProgress } from "../jobs/job-repository";
import { storeMailOnce, type NewMail } from "./mail-repository";
import { errorMessage } from "../jobs/provider-error";
import { buildMessage, mailbox, type Attachment } from "./mime";
import { sendMail } from "./smtp-client";
import { addressOf, type SmtpConfig } from "./smtp-config";
import type { Notice, Recipient } from "./templates";

export interface OutgoingMail {
  party: Recipient;
  userId: string | null;
  bookingId: string | null;
  to: { name: string; email: string };
  notice: Notice;
  /** An iCalendar file to attach, e.g. the updated invitation after a reschedule. */
  ics?: { filename: string; content: string } | null;
}

const icsMethod = (ics: string) => /^METHOD:([A-Z]+)\r?$/m.exec(ics)?.[1] ?? "REQUEST";

const outboxRow = (job: Pick<ClaimedJob, "id">, mail: OutgoingMail): NewMail => ({
  jobId: job.id,
  party: mail.party,
  userId: mail.userId,
  bookingId: mail.bookingId,
  kind: mail.notice.kind,
  to: mail.to.email,
  toName: mail.to.name,
  subject: mail.notice.subject,
  text: mail.notice.text,
  html: mail.notice.html,
  ics: mail.ics?.content ?? null,
});

/** What a mail job has delivered so far: recipients done, and (SMTP off) the messages to store with its outcome. */
export interface Delivery {
  done: Set<Recipient>;
  toStore: NewMail[];
}

/**
 * One recipient's mail of a job. With SMTP it is stored, sent, and the job's
 * progress recorded, so that a retry after a partial failure sends only the
 * rest. Without SMTP there is nothing to send: the message joins
 * `delivery.toStore`, which the job hands back and the runner stores in the
 * statement that records it done (JobOutcome.mails).
 */
export async function deliver(ctx: JobContext, job: ClaimedJob, mail: OutgoingMail, config: SmtpConfig | null, delivery: Delivery): Promise<void> {
  if (config) {
    await storeAndSend(ctx, job, mail, config);
    delivery.done.add(mail.party);
    await recordProgress(ctx.db, job, { sent: [...delivery.done] });
  } else {
    delivery.toStore.push(outboxRow(job, mail));
    delivery.done.add(mail.party);
  }
}

async function storeAndSend(ctx: JobContext, job: Pick<ClaimedJob, "id">, mail: OutgoingMail, config: SmtpConfig): Promise<void> {
  const { db } = ctx;
  const stored = await storeMailOnce(db, outboxRow(job, mail), ctx.now());
  if (stored.status === "sent") return;

  const attachments: Attachment[] = stored.ics
    ? [{ filename: mail.ics?.filename ?? "invite.ics", contentType: `text/calendar; charset=utf-8; method=${icsMethod(stored.ics)}`, content: stored.ics }]
    : [];
  const domain = addressOf(config.from).split("@")[1] ?? "slotbook.localhost";
  const data = buildMessage({
    from: config.from,
    to: [mailbox(stored.toName, stored.to)],
    subject: stored.subject,
    text: stored.text,
    html: stored.html ?? "",
    attachments,
    date: ctx.now(),
    // Stable across retries: a receiving server can drop a duplicate.
    messageId: `<${stored.id}@${domain}>`,
  });
  try {
    await sendMail(config, { to: [stored.to], data });
  } catch (error) {
    await db.mailMessage.update({ where: { id: stored.id }, data: { status: "failed", attempts: { increment: 1 }, error: errorMessage(error).slice(0, 500) }, select: { id: true } });
    throw error;
  }
  await db.mailMessage.update({ where: { id: stored.id }, data: { status: "sent", attempts: { increment: 1 }, sentAt: ctx.now(), error: null }, select: { id: true } });
}
