// Host actions: confirm, decline, start, complete, no-show (admins may too).
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import type { EventType } from "../outbox";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { guardAction, raceLost } from "./action-guard";
import { bookingSelect, toBookingView, type BookingView } from "./booking-view";
import { loadBookingFor } from "./load-booking";
import { hostWantsGoogleMeet, meetingFieldsOnConfirm } from "./meeting-on-confirm";

export type HostAction = "confirm" | "decline" | "start" | "complete" | "no_show";

const EVENTS: Record<HostAction, EventType> = {
  confirm: "booking.confirmed",
  decline: "booking.declined",
  start: "booking.started",
  complete: "booking.completed",
  no_show: "booking.no_show",
};

// A host may open the room a little early; nothing can be completed or marked
// no-show before it has begun.
const EARLY_START_MS = 15 * 60_000;

export async function changeBookingStatus(
  db: Db,
  actor: Actor,
  id: string,
  action: HostAction,
  input: { reason?: string } = {},
  now = new Date(),
): Promise<BookingView> {
  const { row, role } = await loadBookingFor(db, actor, id);
  const to = guardAction(action, row.status, role);
  const start = row.startAt?.getTime() ?? 0;
  if (action === "start" && now.getTime() < start - EARLY_START_MS) {
    throw new AppError("not_modifiable", "A session can be started at most 15 minutes before its start time.");
  }
  if ((action === "complete" || action === "no_show") && now.getTime() < start) {
    throw new AppError("not_modifiable", `A session can only be marked ${action === "complete" ? "complete" : "no-show"} once it has begun.`);
  }
  if (action === "confirm" && row.endAt && row.endAt.getTime() <= now.getTime()) {
    throw new AppError("not_modifiable", "This request is in the past and can no longer be confirmed.");
  }

  const data = {
    status: to,
    // The calendar copy changes (TENTATIVE to CONFIRMED, or CANCELLED): a higher
    // SEQUENCE makes calendar apps apply the new .ics instead of ignoring it.
    ...(action === "confirm" || action === "decline" ? { icsSequence: { increment: 1 } } : {}),
    ...(action === "confirm" ? { confirmedAt: now, ...meetingFieldsOnConfirm(row, { deferToProvider: true, googleMeet: await hostWantsGoogleMeet(db, row.hostId) }) } : {}),
    ...(action === "start" ? { actualStartAt: now } : {}),
    ...(action === "complete" ? { actualEndAt: now, actualStartAt: row.actualStartAt ?? row.startAt } : {}),
    ...(action === "decline" ? { cancellationReason: input.reason ?? null, cancelledBy: role, cancelledByUserId: actor.userId, cancelledAt: now } : {}),
  };

  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({ where: { id: row.id, status: row.status }, data });
    if (count === 0) {
      const current = await tx.booking.findUnique({ where: { id: row.id }, select: { status: true } });
      throw raceLost(current?.status ?? "gone");
    }
    // Seats follow their group occurrence through its life.
    if (row.kind === "group_session" && (action === "start" || action === "complete")) {
      await tx.booking.updateMany({
        where: { occurrenceId: row.id, status: { in: action === "start" ? ["confirmed"] : ["confirmed", "in_progress"] } },
        data: { status: to, ...(action === "start" ? { actualStartAt: now } : { actualEndAt: now }) },
      });
    }
    await recordEventWithSideEffects(tx, {
      type: EVENTS[action],
      bookingId: row.id,
      audience: [row.clientId, row.hostId],
      payload: { from: row.status, to, by: role, ...(input.reason ? { reason: input.reason } : {}) },
    }, { now });
    return tx.booking.findUniqueOrThrow({ where: { id: row.id }, select: bookingSelect });
  });
  kickIntegrationRunner();
  return toBookingView(updated, role, now);
}
