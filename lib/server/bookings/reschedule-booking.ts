// Move a booking to a new start and duration. The booking keeps its id (API
// clients hold it); the old time is kept as a cancelled history row that the
// live booking points to through rescheduledFromId.
import { checkBooking } from "@/lib/domain";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { newBookingCode } from "../booking-code";
import { isExclusionViolation } from "../db-errors";
import { AppError } from "../errors";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { loadSchedulingContext } from "../scheduling-context";
import { guardAction, guardTiming, raceLost } from "./action-guard";
import { bookingSelect, toBookingView, type BookingView } from "./booking-view";
import { bookingConflict, slotRefusal } from "./engine-errors";
import { loadBookingFor } from "./load-booking";
import type { RescheduleBookingInput } from "./schemas";

const MINUTE = 60_000;

export async function rescheduleBooking(db: Db, actor: Actor, id: string, input: RescheduleBookingInput, now = new Date()): Promise<BookingView> {
  const { row, role } = await loadBookingFor(db, actor, id);
  if (row.kind !== "individual") {
    throw new AppError("not_modifiable", "Only individual sessions can be rescheduled; a group seat is changed by booking another occurrence.");
  }
  const duration = input.duration ?? (input.end ? Math.round((input.end.getTime() - input.start.getTime()) / MINUTE) : row.durationMinutes ?? 60);
  const end = new Date(input.start.getTime() + duration * MINUTE);
  const ctx = await loadSchedulingContext(db, { hostId: row.hostId, from: input.start, to: end, clientId: row.clientId, externalCalendars: { now } });
  const to = guardAction("reschedule", row.status, role, { requiresConfirmation: ctx.policy.requiresConfirmation });
  guardTiming("reschedule", row, role, row.host.hostProfile?.minCancelNoticeHours ?? 24, now);
  const serviceDuration = row.service?.durationMinutes;
  const check = checkBooking({
    policy: ctx.policy,
    availability: ctx.availability,
    now,
    hostBusy: ctx.hostBusy,
    clientBusy: ctx.clientBusy,
    externalBusy: ctx.externalBusy,
    ignoreBookingId: row.id,
    start: input.start,
    durationMinutes: duration,
    ...(serviceDuration ? { durations: [serviceDuration] } : {}),
  });
  // Hosts and admins may place a session outside the published hours (they own
  // the calendar); overlaps and bad durations still stop everyone.
  const hostOverride = role !== "client" && (check.ok === false && ["outside_availability", "too_soon", "too_far", "limit_reached"].includes(check.reason));
  if (!check.ok && !hostOverride) throw slotRefusal(check);

  try {
    const updated = await db.$transaction(async (tx) => {
      const history = await tx.booking.create({
        data: {
          code: newBookingCode(),
          kind: row.kind,
          clientId: row.clientId,
          hostId: row.hostId,
          serviceId: row.serviceId,
          startAt: row.startAt,
          endAt: row.endAt,
          durationMinutes: row.durationMinutes,
          timeZone: row.timeZone,
          sessionType: row.sessionType,
          title: row.title,
          status: "cancelled",
          priceCents: 0,
          currency: row.currency,
          cancellationReason: `Rescheduled to ${input.start.toISOString()}`,
          cancelledBy: role,
          cancelledByUserId: actor.userId,
          cancelledAt: now,
          rescheduledFromId: row.rescheduledFromId,
          createdAt: row.createdAt,
        },
        select: { id: true },
      });
      const { count } = await tx.booking.updateMany({
        where: { id: row.id, status: row.status },
        data: {
          startAt: input.start,
          endAt: end,
          durationMinutes: duration,
          status: to,
          rescheduledFromId: history.id,
          rescheduleReason: input.reason ?? "",
          icsSequence: { increment: 1 },
          ...(to === "pending" ? { confirmedAt: null } : {}),
        },
      });
      if (count === 0) {
        const current = await tx.booking.findUnique({ where: { id: row.id }, select: { status: true } });
        throw raceLost(current?.status ?? "gone");
      }
      await recordEventWithSideEffects(tx, {
        type: "booking.rescheduled",
        bookingId: row.id,
        audience: [row.clientId, row.hostId],
        payload: {
          from: { start: row.startAt?.toISOString() ?? null, end: row.endAt?.toISOString() ?? null },
          to: { start: input.start.toISOString(), end: end.toISOString() },
          by: role,
          reason: input.reason ?? "",
          status: to,
        },
      }, { now });
      return tx.booking.findUniqueOrThrow({ where: { id: row.id }, select: bookingSelect });
    });
    kickIntegrationRunner();
    return toBookingView(updated, role, now);
  } catch (error) {
    if (isExclusionViolation(error)) throw bookingConflict();
    throw error;
  }
}
