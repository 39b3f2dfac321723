import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { AddToCalendar } from "@/components/booking/add-to-calendar";
import { CancelPanel, HostActions, ReschedulePanel } from "@/components/booking/booking-manage";
import { FeedbackForm } from "@/components/booking/feedback-form";
import { formatHours, formatPrice, sessionTypeLabel, statusMeta } from "@/components/booking/format";
import { AddNoteForm } from "@/components/booking/notes-panel";
import { StatusBadge } from "@/components/booking/status-badge";
import { formatDuration, formatRange, formatShortDateTime, offsetLabel, zoneCity } from "@/components/calendar/dates";
import { ArrowLeftIcon, CalendarIcon, ClockIcon, ExternalLinkIcon, LockIcon, MapPinIcon, SessionTypeIcon, StarIcon } from "@/components/calendar/icons";
import { CheckCircleIcon } from "@/components/icons";
import { getPrisma } from "@/lib/db";
import { bookingCalendarLinks } from "@/lib/integrations/calendar/ics/links";
import { listNotes } from "@/lib/server/bookings/booking-notes";
import { getFeedback } from "@/lib/server/bookings/get-feedback";
import { getHost } from "@/lib/server/hosts/get-host";
import { paymentSummary, type PaymentSummary } from "@/lib/server/payments/payment-summary";
import { bookingForViewer } from "../_lib/booking-for-viewer";
import { actorOf, viewerZone } from "../_lib/viewer";
import styles from "@/components/booking/booking-detail.module.css";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Booking" };

function appOrigin(): string | undefined {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : undefined;
  } catch {
    return undefined;
  }
}

const LIVE = new Set(["pending_payment", "pending", "confirmed", "in_progress"]);

export default async function BookingPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const search = await searchParams;
  const { user, booking } = await bookingForViewer(id);
  const actor = actorOf(user);
  const db = getPrisma();
  const role = booking.hostId === user.id ? "host" : booking.clientId === user.id ? "client" : "admin";
  const [notes, feedback, host, zone, payment] = await Promise.all([
    listNotes(db, actor, booking.id),
    booking.status === "completed" ? getFeedback(db, actor, booking.id) : Promise.resolve(null),
    getHost(db, booking.hostId).catch(() => null),
    viewerZone(user),
    paymentSummary(db, booking.id),
  ]);
  const policy = host?.policy;
  const minCancelNoticeHours = policy?.minCancelNoticeHours ?? 24;
  const isNew = search.new === "1";
  const origin = appOrigin();
  const links = bookingCalendarLinks(booking, { viewer: role, ...(origin ? { bookingUrl: `${origin}/bookings/${booking.id}` } : {}) });
  const live = LIVE.has(booking.status);
  const other = role === "host" ? booking.client : booking.host;
  const otherLabel = role === "host" ? "Client" : "Host";
  const otherZone = other?.timeZone && other.timeZone !== zone ? other.timeZone : null;
  const meta = statusMeta(booking.status);
  const rescheduledHistory = booking.status === "cancelled" && (booking.cancellation?.reason ?? "").startsWith("Rescheduled to");

  // The cancellation policy, in words, before any button is pressed.
  let cancelPolicy: string | undefined;
  if (booking.start && role === "client") {
    const deadline = new Date(Date.parse(booking.start) - minCancelNoticeHours * 3_600_000);
    if (booking.status === "confirmed") {
      cancelPolicy =
        booking.canCancel && minCancelNoticeHours > 0
          ? `Free cancellation until ${formatShortDateTime(deadline, zone)} (${formatHours(minCancelNoticeHours)} before); after that, contact ${booking.host.name}.`
          : booking.canCancel
            ? "You can cancel until the session starts."
            : `Cancellations need ${formatHours(minCancelNoticeHours)}’ notice, so this session can no longer be cancelled or moved here. Contact ${booking.host.name} if you can’t make it.`;
    } else if (booking.status === "pending" || booking.status === "pending_payment") {
      cancelPolicy = `You can withdraw this request at any time before it starts. Once confirmed, free cancellation ends ${formatHours(minCancelNoticeHours)} before the session.`;
    }
  } else if (booking.start && role !== "client" && booking.canCancel) {
    cancelPolicy = `You can cancel until the session starts; ${booking.client?.name ?? "the client"} is told at once.`;
  }
  const rescheduleNote =
    role === "client" && booking.status === "confirmed" && policy?.requiresConfirmation ? `${booking.host.name} will confirm the new time.` : undefined;

  const canReschedule = booking.canReschedule && booking.kind === "individual" && booking.start !== null && booking.end !== null;
  const hostStatusActions = role !== "client" ? booking.allowedActions.filter((a) => a !== "cancel" && a !== "reschedule" && a !== "decline") : [];
  const canDecline = role !== "client" && booking.allowedActions.includes("decline");

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb">
        <Link href="/bookings" className={styles.back}>
          <ArrowLeftIcon className={styles.backIcon} />
          My bookings
        </Link>
      </nav>

      {isNew && live ? (
        <section className={styles.confirmation} aria-labelledby="confirmation-title">
          <CheckCircleIcon className={styles.confirmationIcon} />
          <div className={styles.confirmationBody}>
            <h1 id="confirmation-title" className={styles.confirmationTitle}>
              {booking.status === "pending" ? "Request sent" : "You’re booked"}
            </h1>
            <p>
              {booking.status === "pending"
                ? `${booking.host.name} confirms each request. We’ll show the meeting link here as soon as they do.`
                : `${booking.title} is confirmed. You’ll find it under My bookings, with the meeting link.`}
            </p>
            {booking.start && booking.end ? <p className={styles.confirmationWhen}>{`${formatRange(booking.start, booking.end, zone)} · ${zoneCity(zone)} time`}</p> : null}
            {links ? (
              <div className={styles.confirmationLinks}>
                <p className={styles.linksLabel}>Add it to your calendar</p>
                <AddToCalendar links={links} />
              </div>
            ) : null}
          </div>
        </section>
      ) : null}

      <header className={styles.header}>
        <div className={styles.titleRow}>
          {isNew && live ? (
            <h2 className={styles.title}>{booking.title}</h2>
          ) : (
            <h1 className={styles.title}>{booking.title}</h1>
          )}
          <StatusBadge status={rescheduledHistory ? "cancelled" : booking.status} large />
        </div>
        <p className={styles.subtitle}>
          {rescheduledHistory ? "This is the old time of a rescheduled session." : meta.hint}
          <span className={styles.code}>{` Booking ${booking.code}`}</span>
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <section className="card" aria-labelledby="details-title">
            <h2 id="details-title" className="card__title">
              Details
            </h2>
            <dl className={`details ${styles.details}`}>
              <div>
                <dt>When</dt>
                <dd>
                  {booking.start && booking.end ? (
                    <>
                      <span className={styles.when}>{formatRange(booking.start, booking.end, zone)}</span>
                      <span className={styles.zone}>{`${zone.replaceAll("_", " ")} (${offsetLabel(zone, new Date(booking.start))})`}</span>
                      {otherZone ? (
                        <span className={styles.zone}>{`${other?.name.split(" ")[0]}’s time: ${formatRange(booking.start, booking.end, otherZone, { year: false })} (${zoneCity(otherZone)})`}</span>
                      ) : null}
                    </>
                  ) : (
                    "No fixed time"
                  )}
                </dd>
              </div>
              <div>
                <dt>Length</dt>
                <dd>{booking.durationMinutes ? formatDuration(booking.durationMinutes) : "—"}</dd>
              </div>
              <div>
                <dt>{otherLabel}</dt>
                <dd className={styles.person}>
                  {other ? (
                    <>
                      <Avatar name={other.name} />
                      {role !== "host" ? <Link href={`/hosts/${booking.hostId}`}>{other.name}</Link> : <span>{other.name}</span>}
                      {role === "host" && booking.client ? <span className={styles.muted}>{booking.client.email}</span> : null}
                    </>
                  ) : (
                    "—"
                  )}
                </dd>
              </div>
              <div>
                <dt>Session</dt>
                <dd className={styles.type}>
                  <SessionTypeIcon type={booking.sessionType} className={styles.inlineIcon} />
                  {`${sessionTypeLabel(booking.sessionType)}${booking.service ? ` · ${booking.service.name}` : ""}`}
                </dd>
              </div>
              {booking.sessionType === "in_person" && booking.location ? (
                <div>
                  <dt>Where</dt>
                  <dd className={styles.type}>
                    <MapPinIcon className={styles.inlineIcon} />
                    {booking.location}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>Price</dt>
                <dd>
                  {formatPrice(booking.priceCents, booking.currency)}
                  {booking.paymentStatus === "unpaid" && live && !payment ? <span className={styles.muted}> · settled with your host</span> : null}
                  {payment ? <OnlinePayment payment={payment} payer={role === "client"} /> : null}
                </dd>
              </div>
              {booking.agenda ? (
                <div>
                  <dt>Agenda</dt>
                  <dd className={styles.prose}>{booking.agenda}</dd>
                </div>
              ) : null}
              {booking.clientNotes ? (
                <div>
                  <dt>{role === "client" ? "Your notes" : "Client’s notes"}</dt>
                  <dd className={styles.prose}>{booking.clientNotes}</dd>
                </div>
              ) : null}
              {booking.rescheduleReason ? (
                <div>
                  <dt>Rescheduled</dt>
                  <dd className={styles.prose}>{booking.rescheduleReason}</dd>
                </div>
              ) : null}
              {booking.cancellation ? (
                <div>
                  <dt>{booking.status === "declined" ? "Declined" : "Cancelled"}</dt>
                  <dd>
                    {`${booking.cancellation.by ? `By the ${booking.cancellation.by}` : "Cancelled"}${booking.cancellation.at ? ` on ${formatShortDateTime(booking.cancellation.at, zone)}` : ""}`}
                    {booking.cancellation.reason ? <span className={styles.reason}>{`“${booking.cancellation.reason}”`}</span> : null}
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>

          {live && (canReschedule || booking.canCancel || cancelPolicy) ? (
            <section className="card" aria-labelledby="manage-title">
              <h2 id="manage-title" className="card__title">
                Change plans
              </h2>
              {cancelPolicy ? <p className={styles.cardIntro}>{cancelPolicy}</p> : null}
              <div className={styles.manage}>
                {canReschedule && booking.start && booking.end ? (
                  <ReschedulePanel
                    booking={{
                      id: booking.id,
                      hostId: booking.hostId,
                      hostName: booking.host.name,
                      start: booking.start,
                      end: booking.end,
                      durationMinutes: booking.durationMinutes ?? 60,
                      serviceId: booking.service?.kind === "individual" ? booking.service.id : null,
                    }}
                    initialZone={zone}
                    horizonDays={policy?.horizonDays ?? 60}
                    note={rescheduleNote}
                  />
                ) : null}
                {booking.canCancel ? (
                  <CancelPanel
                    bookingId={booking.id}
                    hostId={booking.hostId}
                    openLabel={role === "client" && booking.status === "pending" ? "Withdraw request" : "Cancel booking"}
                    confirmLabel={role === "client" && booking.status === "pending" ? "Withdraw request" : "Cancel booking"}
                    reasonHint={`${role === "host" ? (booking.client?.name ?? "The client") : booking.host.name} sees your reason.`}
                  />
                ) : null}
              </div>
            </section>
          ) : null}

          {booking.status === "completed" && role === "client" ? (
            <section className="card" aria-labelledby="feedback-title">
              <h2 id="feedback-title" className="card__title">
                Feedback
              </h2>
              {feedback ? (
                <div className={styles.feedback}>
                  <p className={styles.rating} aria-label={`You rated it ${feedback.rating} out of 5`}>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <StarIcon key={n} filled={n <= feedback.rating} className={n <= feedback.rating ? styles.starOn : styles.starOff} />
                    ))}
                  </p>
                  {feedback.comment ? <p className={styles.prose}>{feedback.comment}</p> : null}
                  <p className={styles.muted}>Thanks! Your feedback was sent.</p>
                </div>
              ) : (
                <FeedbackForm bookingId={booking.id} hostName={booking.host.name} />
              )}
            </section>
          ) : null}
          {booking.status === "completed" && role === "host" && feedback ? (
            <section className="card" aria-labelledby="feedback-title">
              <h2 id="feedback-title" className="card__title">
                Feedback from {booking.client?.name ?? "the client"}
              </h2>
              <p className={styles.rating} aria-label={`Rated ${feedback.rating} out of 5`}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <StarIcon key={n} filled={n <= feedback.rating} className={n <= feedback.rating ? styles.starOn : styles.starOff} />
                ))}
              </p>
              {feedback.comment ? <p className={styles.prose}>{feedback.comment}</p> : null}
            </section>
          ) : null}

          <section className="card" aria-labelledby="notes-title">
            <h2 id="notes-title" className="card__title">
              Notes
            </h2>
            <p className={styles.cardIntro}>Shared notes are visible to you and {role === "host" ? (booking.client?.name ?? "your client") : booking.host.name}.</p>
            {notes.length ? (
              <ul className={styles.notes}>
                {notes.map((note) => (
                  <li key={note.id} className={styles.note}>
                    <p className={styles.noteMeta}>
                      <strong>{note.author.id === user.id ? "You" : note.author.name}</strong>
                      <span>{formatShortDateTime(note.createdAt, zone)}</span>
                      {note.isPrivate ? (
                        <span className="badge">
                          <LockIcon className={styles.badgeIcon} />
                          Private
                        </span>
                      ) : null}
                    </p>
                    <p className={styles.prose}>{note.content}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.empty}>No notes yet.</p>
            )}
            <AddNoteForm bookingId={booking.id} />
          </section>
        </div>

        <aside className={styles.side} aria-label="Actions">
          {live && booking.sessionType !== "in_person" ? (
            <section className={`card ${styles.join}`} aria-labelledby="join-title">
              <h2 id="join-title" className="card__title">
                Meeting link
              </h2>
              {booking.meeting && booking.status !== "pending" && booking.status !== "pending_payment" ? (
                <>
                  <a href={booking.meeting.url} className="btn btn--primary btn--block" target="_blank" rel="noopener noreferrer">
                    {booking.sessionType === "video" ? "Join video call" : "Open meeting"}
                    <ExternalLinkIcon className={styles.btnIconSmall} />
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                  <p className={styles.meetingUrl}>{booking.meeting.url}</p>
                  {booking.meeting.password ? <p className={styles.muted}>{`Passcode: ${booking.meeting.password}`}</p> : null}
                </>
              ) : booking.status === "pending" ? (
                <p className={styles.muted}>{role === "client" ? `The link appears here once ${booking.host.name} confirms.` : "The link is created when you confirm."}</p>
              ) : (
                <p className={styles.muted}>
                  {booking.sessionType === "audio"
                    ? `${booking.host.name} will call you at the booked time.`
                    : booking.sessionType === "email"
                      ? "This session happens by email."
                      : booking.sessionType === "chat"
                        ? "This session happens by chat."
                        : "No link yet."}
                </p>
              )}
            </section>
          ) : null}

          {role !== "client" && (hostStatusActions.length > 0 || canDecline) ? (
            <section className="card" aria-labelledby="host-actions-title">
              <h2 id="host-actions-title" className="card__title">
                {booking.status === "pending" ? "This request needs your answer" : "Session status"}
              </h2>
              <div className={styles.stack}>
                <HostActions bookingId={booking.id} hostId={booking.hostId} actions={hostStatusActions} />
                {canDecline ? (
                  <CancelPanel
                    bookingId={booking.id}
                    hostId={booking.hostId}
                    action="decline"
                    openLabel="Decline"
                    confirmLabel="Decline request"
                    reasonLabel={`Message to ${booking.client?.name ?? "the client"} (optional)`}
                  />
                ) : null}
              </div>
            </section>
          ) : null}

          {live && links && !isNew ? (
            <section className="card" aria-labelledby="calendar-title">
              <h2 id="calendar-title" className="card__title">
                Add to calendar
              </h2>
              <AddToCalendar links={links} compact />
            </section>
          ) : null}

          <div className={`card card--flat ${styles.facts}`}>
            <p>
              <CalendarIcon className={styles.inlineIcon} />
              {`Booked ${formatShortDateTime(booking.createdAt, zone)}`}
            </p>
            {booking.confirmedAt ? (
              <p>
                <ClockIcon className={styles.inlineIcon} />
                {`Confirmed ${formatShortDateTime(booking.confirmedAt, zone)}`}
              </p>
            ) : null}
          </div>
        </aside>
      </div>
    </div>
  );
}

/** Where the money stands when Stripe takes it: a way to pay while the checkout is open. */
function OnlinePayment({ payment, payer }: { payment: PaymentSummary; payer: boolean }) {
  switch (payment.status) {
    case "pending":
      if (!payment.checkoutUrl) return <span className={styles.muted}> · awaiting payment; the payment page is being prepared, refresh in a moment</span>;
      return (
        <>
          <span className={styles.muted}> · awaiting payment</span>{" "}
          {payer ? (
            <a href={payment.checkoutUrl} className="btn btn--primary btn--sm">
              Pay now<span className="visually-hidden"> (opens the secure payment page)</span>
            </a>
          ) : null}
        </>
      );
    case "paid":
      return <span className={styles.muted}> · paid online</span>;
    case "partially_refunded":
    case "refunded":
      return <span className={styles.muted}>{` · paid online, ${formatPrice(payment.refundedCents, payment.currency)} refunded`}</span>;
    case "failed":
      return <span className={styles.muted}> · the payment failed</span>;
    default:
      return <span className={styles.muted}> · not paid</span>;
  }
}
