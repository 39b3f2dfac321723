// Which side effects a booking event calls for. Pure: the facts are read in
// the event's transaction (record-with-side-effects.ts) and the decision is
// stored with the job, so a refund amount or a recipient list is the one that
// held when the change was made, not whatever holds when the job runs.
import type { Prisma } from "@/lib/generated/prisma/client";
import { refundOnCancel, type RefundReason } from "../payments/refund-policy";
import type { JobKind } from "./job-kinds";

export interface PlanBooking {
  status: string;
  sessionType: string;
  meetingProvider: string | null;
  meetingId: string | null;
  meetingUrl: string | null;
  paymentProvider: string | null;
  paymentStatus: string;
  priceCents: number;
  currency?: string;
  refundedCents: number;
  clientId: string | null;
  refundFullNoticeHours: number;
  /** Usable calendar connections of the host and the client. */
  calendarConnections?: number;
  /** Events already written to those calendars for this booking. */
  calendarEvents?: number;
}

export interface PlanConfig {
  smtp: boolean;
  lateRefundPercent: number;
}

export interface PlannedJob {
  kind: JobKind;
  payload: Prisma.InputJsonObject;
  skipReason?: string;
}

type Party = "client" | "host";

const PAID = new Set(["paid", "partially_refunded"]);

/** Who hears about an event: the party that did not cause it. */
function recipients(type: string, payload: Record<string, unknown>, booking: PlanBooking): Party[] {
  // A checkout never paid is no booking the host was told about.
  const unpaidCheckout = booking.paymentProvider !== null && ["pending", "unpaid", "failed"].includes(booking.paymentStatus);
  const otherThan = (by: unknown): Party[] =>
    (by === "client" ? (["host"] as Party[]) : by === "host" ? (["client"] as Party[]) : (["client", "host"] as Party[])).filter((party) => !(unpaidCheckout && party === "host"));
  switch (type) {
    // A checkout that is not paid yet is no booking for the host to look at:
    // the host hears of it on booking.paid.
    case "booking.created":
      return booking.status === "pending_payment" ? [] : ["host"];
    case "booking.paid":
      return payload.late ? [] : ["host"];
    case "booking.confirmed":
    case "booking.declined":
      return ["client"];
    case "booking.cancelled":
      return otherThan(payload.cancelledBy);
    case "booking.rescheduled":
      return otherThan(payload.by);
    // The feedback request.
    case "booking.completed":
      return ["client"];
    default:
      return [];
  }
}

function refund(amountCents: number, booking: PlanBooking, reason: RefundReason): PlannedJob[] {
  if (amountCents <= 0) return [];
  return [{ kind: "payment.refund", payload: { amountCents, refundedBefore: booking.refundedCents, currency: booking.currency ?? null, reason } }];
}

export function planJobs(type: string, payload: Record<string, unknown>, booking: PlanBooking, config: PlanConfig): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  const zoomMeeting = booking.meetingProvider === "zoom";
  const stripe = booking.paymentProvider === "stripe";
  const paid = stripe && PAID.has(booking.paymentStatus);
  const remaining = Math.max(0, booking.priceCents - booking.refundedCents);

  switch (type) {
    case "booking.created":
      if (stripe && booking.status === "pending_payment") jobs.push({ kind: "payment.checkout", payload: { amountCents: booking.priceCents } });
      break;
    case "booking.paid":
      if (payload.late && paid) jobs.push(...refund(remaining, booking, "paid_after_cancellation"));
      break;
    case "booking.confirmed":
      // meeting-on-confirm.ts left the link empty for Zoom to fill in.
      if (zoomMeeting && !booking.meetingUrl && booking.sessionType === "video") jobs.push({ kind: "video.create", payload: {} });
      break;
    case "booking.rescheduled":
      if (zoomMeeting) jobs.push({ kind: "video.update", payload: {} });
      break;
    case "booking.declined":
    case "booking.cancelled": {
      if (zoomMeeting) jobs.push({ kind: "video.delete", payload: { meetingId: booking.meetingId } });
      if (paid) {
        const decision =
          type === "booking.declined"
            ? { amountCents: remaining, reason: "declined" as const }
            : refundOnCancel({
                priceCents: booking.priceCents,
                refundedCents: booking.refundedCents,
                cancelledBy: String(payload.cancelledBy ?? "system"),
                noticeHours: typeof payload.noticeHours === "number" ? payload.noticeHours : null,
                fullNoticeHours: booking.refundFullNoticeHours,
                lateRefundPercent: config.lateRefundPercent,
              });
        jobs.push(...refund(decision.amountCents, booking, decision.reason));
      } else if (stripe && booking.paymentStatus === "pending") {
        // Nobody should pay for a booking that no longer exists.
        jobs.push({ kind: "payment.expire_checkout", payload: {} });
      }
      break;
    }
  }

  jobs.push(...calendarJobs(type, payload, booking));

  const to = recipients(type, payload, booking).filter((party) => party === "host" || booking.clientId !== null);
  if (to.length > 0) {
    // Planned with SMTP off too: the mail is then kept in the outbox (/admin/mail).
    jobs.push({ kind: "email.notify", payload: { to } });
  }
  return jobs;
}

/** Edits a calendar event shows: anything else (payment, notes to self) leaves it alone. */
const CALENDAR_FIELDS = new Set(["title", "description", "agenda", "notes", "clientNotes", "location", "meetingUrl"]);

const CALENDAR_EVENT_TYPES = new Set(["booking.confirmed", "booking.rescheduled", "booking.updated", "booking.declined", "booking.cancelled"]);

/** Whether `type` can plan calendar jobs at all: planning counts the connections only then. */
export function mayPlanCalendarJobs(type: string): boolean {
  return CALENDAR_EVENT_TYPES.has(type);
}

/** Connected calendars follow the booking: written on confirmation, moved and edited with it, removed when it ends. */
function calendarJobs(type: string, payload: Record<string, unknown>, booking: PlanBooking): PlannedJob[] {
  if (!mayPlanCalendarJobs(type)) return [];
  const connected = (booking.calendarConnections ?? 0) > 0;
  const written = (booking.calendarEvents ?? 0) > 0;
  switch (type) {
    case "booking.confirmed":
      return connected ? [{ kind: "calendar.create", payload: {} }] : [];
    case "booking.rescheduled":
      return connected || written ? [{ kind: "calendar.update", payload: {} }] : [];
    case "booking.updated": {
      const fields = Array.isArray(payload.fields) ? payload.fields : [];
      return written && fields.some((field) => typeof field === "string" && CALENDAR_FIELDS.has(field)) ? [{ kind: "calendar.update", payload: {} }] : [];
    }
    case "booking.declined":
    case "booking.cancelled":
      // Planned even before an event exists: a create still in flight is followed by this delete.
      return connected || written ? [{ kind: "calendar.delete", payload: {} }] : [];
    default:
      return [];
  }
}
