// The system calls off a booking whose payment never came (checkout expired,
// payment failed, or the checkout could not be started), which frees its
// slot. Only a booking still waiting for payment is touched: one that was
// paid, cancelled or moved on meanwhile is left alone.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";

export interface CancelUnpaidOptions {
  reason: string;
  paymentStatus: "unpaid" | "failed";
  now: Date;
}

export async function cancelUnpaidInTx(tx: Prisma.TransactionClient, bookingId: string, options: CancelUnpaidOptions): Promise<boolean> {
  const row = await tx.booking.findUnique({ where: { id: bookingId }, select: { status: true, startAt: true, clientId: true, hostId: true } });
  if (!row || row.status !== "pending_payment") return false;
  const noticeHours = row.startAt ? Math.round(((row.startAt.getTime() - options.now.getTime()) / 3_600_000) * 100) / 100 : null;
  const { count } = await tx.booking.updateMany({
    where: { id: bookingId, status: "pending_payment" },
    data: {
      status: "cancelled",
      paymentStatus: options.paymentStatus,
      cancellationReason: options.reason,
      cancelledBy: "system",
      cancelledByUserId: null,
      cancelledAt: options.now,
      cancellationNoticeHours: noticeHours,
      icsSequence: { increment: 1 },
    },
  });
  if (count === 0) return false;
  // An unpaid course purchase held its seats: they go with it.
  await tx.booking.updateMany({
    where: { parentId: bookingId, status: "pending_payment" },
    data: { status: "cancelled", cancellationReason: options.reason, cancelledBy: "system", cancelledAt: options.now },
  });
  await recordEventWithSideEffects(
    tx,
    { type: "booking.cancelled", bookingId, audience: [row.clientId, row.hostId], payload: { cancelledBy: "system", reason: options.reason, noticeHours } },
    { now: options.now },
  );
  return true;
}

export function cancelUnpaidBooking(db: Db, bookingId: string, options: CancelUnpaidOptions): Promise<boolean> {
  return db.$transaction((tx) => cancelUnpaidInTx(tx, bookingId, options));
}

/** Checkouts expire at Stripe after ~30 minutes; past this grace a missed webhook no longer holds the slot. */
export const EXPIRED_HOLD_GRACE_MS = 15 * 60_000;

/**
 * The safety net for a checkout.session.expired webhook that never arrived:
 * a booking whose every checkout expired more than the grace ago is released.
 * A payment that lands later anyway is refunded (booking.paid, late).
 */
export async function releaseExpiredHolds(db: Db, now: Date, limit = 50): Promise<number> {
  const cutoff = new Date(now.getTime() - EXPIRED_HOLD_GRACE_MS);
  const stale = await db.booking.findMany({
    where: {
      status: "pending_payment",
      paymentProvider: "stripe",
      paymentCheckouts: { some: {}, every: { expiresAt: { lt: cutoff }, status: { not: "complete" } } },
    },
    select: { id: true },
    take: limit,
  });
  let released = 0;
  for (const { id } of stale) {
    if (await cancelUnpaidBooking(db, id, { reason: "The checkout expired before payment.", paymentStatus: "unpaid", now })) released += 1;
  }
  return released;
}
