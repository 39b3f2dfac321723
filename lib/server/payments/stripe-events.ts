// Applies one verified Stripe event. The event id is stored in the same
// transaction as its effect, so a replay (Stripe retries until it sees a 2xx)
// is acknowledged without being applied twice, and a failure rolls both back
// for Stripe's next attempt.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { applyCheckoutCompleted, applyCheckoutEnded, type CheckoutOutcome } from "./apply-checkout";
import { raiseRefundedTotal } from "./record-refund";

export interface StripeEventResult {
  duplicate: boolean;
  outcome: string;
  bookingId: string | null;
}

type Obj = Record<string, unknown>;

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const idOf = (v: unknown) => str(v) ?? str((v as Obj | null)?.id);

function parseEvent(raw: unknown): { id: string; type: string; object: Obj } {
  const event = raw as { id?: unknown; type?: unknown; data?: { object?: unknown } } | null;
  const object = event?.data?.object;
  if (!str(event?.id) || !str(event?.type) || !object || typeof object !== "object") {
    throw new AppError("validation_failed", "Not a Stripe event: id, type and data.object are required.");
  }
  return { id: event!.id as string, type: event!.type as string, object: object as Obj };
}

async function apply(tx: Prisma.TransactionClient, type: string, object: Obj, now: Date): Promise<CheckoutOutcome | { outcome: string; bookingId: string | null }> {
  switch (type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      // Delayed methods (bank debits) complete unpaid and succeed later.
      const paymentStatus = str(object.payment_status);
      if (paymentStatus !== "paid" && paymentStatus !== "no_payment_required") return { outcome: "awaiting_payment", bookingId: null };
      const metadata = (object.metadata ?? {}) as Obj;
      return applyCheckoutCompleted(
        tx,
        {
          sessionId: str(object.id) ?? "",
          paymentIntent: idOf(object.payment_intent),
          amountTotal: num(object.amount_total),
          currency: str(object.currency),
          bookingRef: str(object.client_reference_id) ?? str(metadata.booking_id),
        },
        now,
      );
    }
    case "checkout.session.expired":
      return applyCheckoutEnded(tx, str(object.id) ?? "", { paymentStatus: "unpaid", reason: "The checkout expired before payment." }, now);
    case "checkout.session.async_payment_failed":
      return applyCheckoutEnded(tx, str(object.id) ?? "", { paymentStatus: "failed", reason: "The payment failed." }, now);
    case "charge.refunded": {
      const intent = idOf(object.payment_intent);
      const refunded = num(object.amount_refunded);
      if (!intent || refunded === null) return { outcome: "ignored", bookingId: null };
      const checkout = await tx.paymentCheckout.findUnique({ where: { paymentIntentId: intent }, select: { bookingId: true } });
      const bookingId =
        checkout?.bookingId ?? (await tx.booking.findFirst({ where: { paymentProvider: "stripe", paymentRef: intent }, select: { id: true } }))?.id ?? null;
      if (!bookingId) return { outcome: "unknown_payment", bookingId: null };
      return { outcome: (await raiseRefundedTotal(tx, bookingId, refunded)) ? "refund_recorded" : "refund_already_recorded", bookingId };
    }
    default:
      return { outcome: "ignored", bookingId: null };
  }
}

export async function handleStripeEvent(db: Db, raw: unknown, now: Date): Promise<StripeEventResult> {
  const event = parseEvent(raw);
  return db.$transaction(async (tx) => {
    const { count } = await tx.paymentWebhookEvent.createMany({
      data: [{ provider: "stripe", eventId: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (count === 0) return { duplicate: true, outcome: "duplicate", bookingId: null };
    const result = await apply(tx, event.type, event.object, now);
    if (result.bookingId) {
      await tx.paymentWebhookEvent.update({ where: { provider_eventId: { provider: "stripe", eventId: event.id } }, data: { bookingId: result.bookingId }, select: { eventId: true } });
    }
    return { duplicate: false, outcome: result.outcome, bookingId: result.bookingId };
  });
}
