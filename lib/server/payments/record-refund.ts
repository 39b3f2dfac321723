// A refund is reported twice: by our payment.refund job when Stripe accepts
// it, and by Stripe's charge.refunded webhook with the charge's running total.
// Both only ever raise refundedCents to a total, so either order, and any
// replay, ends in the same state.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/server/outbox";

export async function raiseRefundedTotal(tx: Prisma.TransactionClient, bookingId: string, totalCents: number): Promise<boolean> {
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, select: { priceCents: true, refundedCents: true, clientId: true, hostId: true } });
  if (!booking) return false;
  const total = Math.min(Math.max(0, Math.round(totalCents)), booking.priceCents);
  if (total <= booking.refundedCents) return false;
  const paymentStatus = total >= booking.priceCents ? "refunded" : "partially_refunded";
  const { count } = await tx.booking.updateMany({
    where: { id: bookingId, refundedCents: { lt: total } },
    data: { refundedCents: total, paymentStatus },
  });
  if (count === 0) return false;
  await recordEvent(tx, {
    type: "booking.updated",
    bookingId,
    audience: [booking.clientId, booking.hostId],
    payload: { by: "system", fields: ["refundedCents", "paymentStatus"], refundedCents: total, paymentStatus },
  });
  return true;
}
