// The payment side of a booking as the API shows it: where to pay while a
// checkout is open, and how much came back after a refund.
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "../tx";

export interface PaymentSummary {
  provider: string;
  status: PaymentStatus;
  /** The hosted checkout page while the booking waits for payment, else null. */
  checkoutUrl: string | null;
  checkoutExpiresAt: string | null;
  amountCents: number;
  currency: string;
  refundedCents: number;
}

export async function paymentSummary(db: Tx, bookingId: string, now = new Date()): Promise<PaymentSummary | null> {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: { status: true, paymentProvider: true, paymentStatus: true, priceCents: true, currency: true, refundedCents: true },
  });
  if (!booking?.paymentProvider) return null;
  const checkout =
    booking.status === "pending_payment"
      ? await db.paymentCheckout.findFirst({
          where: { bookingId, status: "open", expiresAt: { gt: now } },
          orderBy: { createdAt: "desc" },
          select: { url: true, expiresAt: true },
        })
      : null;
  return {
    provider: booking.paymentProvider,
    status: booking.paymentStatus,
    checkoutUrl: checkout?.url || null,
    checkoutExpiresAt: checkout ? checkout.expiresAt.toISOString() : null,
    amountCents: booking.priceCents,
    currency: booking.currency,
    refundedCents: booking.refundedCents,
  };
}
