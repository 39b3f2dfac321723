// What a finished Stripe Checkout Session does to its booking. Runs inside the
// webhook's transaction; every branch is a no-op on replay.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { isUuid } from "../bookings/load-booking";
import { hostWantsGoogleMeet, meetingFieldsOnConfirm } from "../bookings/meeting-on-confirm";
import { grantPurchaseCredits } from "../bookings/purchase-credits";
import { cancelUnpaidInTx } from "./cancel-unpaid";

type Tx = Prisma.TransactionClient;

export interface CompletedSession {
  sessionId: string;
  paymentIntent: string | null;
  amountTotal: number | null;
  currency: string | null;
  /** client_reference_id / metadata.booking_id: used when our checkout row is missing. */
  bookingRef: string | null;
}

export type CheckoutOutcome = { outcome: "paid" | "paid_late" | "already_paid" | "expired" | "unknown_session" | "not_cancelled"; bookingId: string | null };

const PURCHASE_KINDS = new Set<string>(["course", "package", "bundle"]);
const SETTLED_STATUSES = ["paid", "partially_refunded", "refunded"] as const;
const SETTLED = new Set<string>(SETTLED_STATUSES);

export async function applyCheckoutCompleted(tx: Tx, session: CompletedSession, now: Date): Promise<CheckoutOutcome> {
  const checkout = await tx.paymentCheckout.findUnique({ where: { sessionId: session.sessionId }, select: { id: true, bookingId: true } });
  const bookingId = checkout?.bookingId ?? (session.bookingRef && isUuid(session.bookingRef) ? session.bookingRef : null);
  if (!bookingId) return { outcome: "unknown_session", bookingId: null };
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: {
      status: true,
      kind: true,
      paymentStatus: true,
      paymentProvider: true,
      priceCents: true,
      currency: true,
      clientId: true,
      hostId: true,
      code: true,
      sessionType: true,
      meetingUrl: true,
      host: { select: { hostProfile: { select: { requiresConfirmation: true } } } },
    },
  });
  if (!booking || booking.paymentProvider !== "stripe") return { outcome: "unknown_session", bookingId: null };

  const completed = { status: "complete", paymentIntentId: session.paymentIntent, completedAt: now };
  if (checkout) {
    await tx.paymentCheckout.update({ where: { id: checkout.id }, data: completed, select: { id: true } });
  } else {
    // The session was created but our record of it was lost (a timeout
    // after Stripe answered): keep it now, so refunds can find the payment.
    await tx.paymentCheckout.create({
      data: {
        bookingId,
        provider: "stripe",
        sessionId: session.sessionId,
        url: "",
        amountCents: session.amountTotal ?? booking.priceCents,
        currency: (session.currency ?? booking.currency).toUpperCase(),
        expiresAt: now,
        ...completed,
      },
      select: { id: true },
    });
  }
  if (SETTLED.has(booking.paymentStatus)) return { outcome: "already_paid", bookingId };

  const audience = [booking.clientId, booking.hostId];
  const paid = { paymentStatus: "paid" as const, paidAt: now, paymentRef: session.paymentIntent };
  const amount = { amountCents: session.amountTotal ?? booking.priceCents, currency: (session.currency ?? booking.currency).toUpperCase(), provider: "stripe" };

  if (booking.status === "pending_payment") {
    // A course, package or bundle is bought, not requested: paying settles it.
    const purchase = PURCHASE_KINDS.has(booking.kind);
    const to = !purchase && (booking.host.hostProfile?.requiresConfirmation ?? true) ? ("pending" as const) : ("confirmed" as const);
    // A purchase has no time of its own: no meeting room, no calendar copy to bump.
    const confirmed = to !== "confirmed" ? {} : purchase ? { confirmedAt: now } : {
      confirmedAt: now,
      icsSequence: { increment: 1 },
      ...meetingFieldsOnConfirm(booking, { deferToProvider: true, googleMeet: await hostWantsGoogleMeet(tx, booking.hostId) }),
    };
    const { count } = await tx.booking.updateMany({ where: { id: bookingId, status: "pending_payment" }, data: { ...paid, status: to, ...confirmed } });
    if (count > 0) {
      if (purchase) {
        await tx.booking.updateMany({ where: { parentId: bookingId, status: "pending_payment" }, data: { status: "confirmed", confirmedAt: now } });
        await grantPurchaseCredits(tx, bookingId);
      }
      await recordEventWithSideEffects(tx, { type: "booking.paid", bookingId, audience, payload: { ...amount, status: to } }, { now });
      if (to === "confirmed") {
        await recordEventWithSideEffects(tx, { type: "booking.confirmed", bookingId, audience, payload: { from: "pending_payment", to, by: "system" } }, { now });
      }
      return { outcome: "paid", bookingId };
    }
  }
  // The money arrived after the booking was called off (the client cancelled,
  // or the hold was released): record it, and booking.paid's plan refunds it.
  await tx.booking.updateMany({ where: { id: bookingId, paymentStatus: { notIn: [...SETTLED_STATUSES] } }, data: paid });
  await recordEventWithSideEffects(tx, { type: "booking.paid", bookingId, audience, payload: { ...amount, late: true } }, { now });
  return { outcome: "paid_late", bookingId };
}

/** checkout.session.expired / async_payment_failed: release the hold unless another checkout is still open or paid. */
export async function applyCheckoutEnded(
  tx: Tx,
  sessionId: string,
  ending: { paymentStatus: "unpaid" | "failed"; reason: string },
  now: Date,
): Promise<CheckoutOutcome> {
  const checkout = await tx.paymentCheckout.findUnique({ where: { sessionId }, select: { id: true, bookingId: true } });
  if (!checkout) return { outcome: "unknown_session", bookingId: null };
  await tx.paymentCheckout.updateMany({ where: { id: checkout.id, status: "open" }, data: { status: "expired" } });
  const alive = await tx.paymentCheckout.count({
    where: { bookingId: checkout.bookingId, id: { not: checkout.id }, OR: [{ status: "complete" }, { status: "open", expiresAt: { gt: now } }] },
  });
  if (alive > 0) return { outcome: "not_cancelled", bookingId: checkout.bookingId };
  const cancelled = await cancelUnpaidInTx(tx, checkout.bookingId, { ...ending, now });
  return { outcome: cancelled ? "expired" : "not_cancelled", bookingId: checkout.bookingId };
}
