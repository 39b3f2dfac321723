// The mail outbox as admins see it. Server-rendered and plain: every value is
// rendered as text by React (escaped), never as HTML, because messages carry
// text the users typed (titles, reasons).
import Link from "next/link";
import type { MailDetail, MailSummary } from "@/lib/server/mail/list-mail";
import styles from "./mail.module.css";

const STATUS_LABEL: Record<MailSummary["status"], string> = { stored: "Stored (not sent)", sent: "Sent", failed: "Failed, retrying" };

export function formatInstant(iso: string | null, zone: string): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso));
}

export function MailTable({ items, zone }: { items: MailSummary[]; zone: string }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Messages, newest first">
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">To</th>
            <th scope="col">Kind</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>{formatInstant(m.createdAt, zone)}</td>
              <td>{m.toName ? `${m.toName} <${m.to}>` : m.to}</td>
              <td>{m.kind}</td>
              <td>
                <Link href={`/admin/mail/${m.id}`}>{m.subject}</Link>
              </td>
              <td>{STATUS_LABEL[m.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MailView({ message, zone }: { message: MailDetail; zone: string }) {
  return (
    <article aria-labelledby="mail-subject" className="stack">
      <h2 id="mail-subject">{message.subject}</h2>
      <dl className={styles.meta}>
        <dt>To</dt>
        <dd>{message.toName ? `${message.toName} <${message.to}>` : message.to}</dd>
        <dt>Kind</dt>
        <dd>{message.kind}</dd>
        <dt>Status</dt>
        <dd>
          {STATUS_LABEL[message.status]}
          {message.sentAt ? `, ${formatInstant(message.sentAt, zone)}` : ""}
          {message.attempts ? ` (${message.attempts} SMTP attempt${message.attempts === 1 ? "" : "s"})` : ""}
        </dd>
        {message.error ? (
          <>
            <dt>Last error</dt>
            <dd>{message.error}</dd>
          </>
        ) : null}
        <dt>Created</dt>
        <dd>{formatInstant(message.createdAt, zone)}</dd>
        {message.bookingId ? (
          <>
            <dt>Booking</dt>
            <dd>
              <Link href={`/bookings/${message.bookingId}`}>{message.bookingId}</Link>
            </dd>
          </>
        ) : null}
        <dt>Attachment</dt>
        <dd>{message.ics ? "Calendar invitation (.ics)" : "None"}</dd>
      </dl>
      <h3>Text</h3>
      <pre className={styles.body} data-testid="mail-text">
        {message.text}
      </pre>
      {message.ics ? (
        <details>
          <summary>Calendar invitation</summary>
          <pre className={styles.body}>{message.ics}</pre>
        </details>
      ) : null}
    </article>
  );
}
