// Cancel by client, host or admin. Keeps who, when, why and how much notice was
// given; the minimum notice binds clients on confirmed sessions (domain rule).
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { guardAction, guardTiming, raceLost } from "./action-guard";
import { bookingSelect, toBookingView, type BookingView } from "./booking-view";
import { loadBookingFor } from "./load-booking";
import type { CancelBookingInput } from "./schemas";

const BLOCKING = ["pending_payment", "pending", "confirmed", "in_progress"] as const;

export async function cancelBooking(db: Db, actor: Actor, id: string, input: CancelBookingInput, now = new Date()): Promise<BookingView> {
  const { row, role } = await loadBookingFor(db, actor, id);
  guardAction("cancel", row.status, role);
  const minCancelNoticeHours = row.host.hostProfile?.minCancelNoticeHours ?? 24;
  guardTiming("cancel", row, role, minCancelNoticeHours, now);
  const noticeHours = row.startAt ? Math.round(((row.startAt.getTime() - now.getTime()) / 3_600_000) * 100) / 100 : null;
  const data = {
    status: "cancelled" as const,
    cancellationReason: input.reason ?? "",
    cancelledBy: role,
    cancelledByUserId: actor.userId,
    cancelledAt: now,
    cancellationNoticeHours: noticeHours,
    icsSequence: { increment: 1 },
  };

  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({ where: { id: row.id, status: row.status }, data });
    if (count === 0) {
      const current = await tx.booking.findUnique({ where: { id: row.id }, select: { status: true } });
      throw raceLost(current?.status ?? "gone");
    }
    // A cancelled occurrence or purchase takes its seats and parts with it.
    await tx.booking.updateMany({
      where: { OR: [{ occurrenceId: row.id }, { parentId: row.id }], status: { in: [...BLOCKING, "draft"] } },
      data: { ...data, cancellationReason: input.reason ?? `${row.title} was cancelled` },
    });
    // A credit spent on this session comes back when it is cancelled in time.
    const spent = await tx.creditLedger.findFirst({ where: { bookingId: row.id, delta: -1 }, select: { clientId: true, hostId: true, serviceId: true } });
    if (spent) {
      await tx.creditLedger.create({ data: { ...spent, bookingId: row.id, delta: 1, reason: "session_cancelled" }, select: { id: true } });
    }
    // Plans the refund (docs/decisions/009), the Zoom deletion and the mail.
    await recordEventWithSideEffects(tx, {
      type: "booking.cancelled",
      bookingId: row.id,
      audience: [row.clientId, row.hostId],
      payload: { cancelledBy: role, reason: input.reason ?? "", noticeHours },
    }, { now });
    return tx.booking.findUniqueOrThrow({ where: { id: row.id }, select: bookingSelect });
  });
  kickIntegrationRunner();
  return toBookingView(updated, role, now);
}
