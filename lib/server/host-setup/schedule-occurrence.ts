// A host schedules an occurrence of a group or course service: one
// group_session row that holds the host's time; clients then take seats in it.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { newBookingCode } from "../booking-code";
import { isExclusionViolation } from "../db-errors";
import { AppError, notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { bookingConflict } from "../bookings/engine-errors";
import { recordEvent } from "../outbox";
import { loadHostPolicy } from "../scheduling-context";
import { requireHost } from "./require-host";
import type { ScheduleOccurrenceInput } from "./schemas";

export async function scheduleOccurrence(db: Db, actor: Actor, serviceId: string, input: ScheduleOccurrenceInput, now = new Date()) {
  requireHost(actor);
  if (!isUuid(serviceId)) throw notFound("Service");
  const service = await db.service.findFirst({
    where: { id: serviceId, hostId: actor.userId },
    select: { id: true, kind: true, name: true, durationMinutes: true, capacity: true, sessionType: true, location: true, priceCents: true, currency: true },
  });
  if (!service) throw notFound("Service");
  if (service.kind !== "group" && service.kind !== "course") {
    throw new AppError("validation_failed", "Only group sessions and courses are scheduled by the host.", { fields: [{ field: "serviceId", message: "Not a group service." }] });
  }
  if (input.start.getTime() <= now.getTime()) {
    throw new AppError("validation_failed", "Schedule sessions in the future.", { fields: [{ field: "start", message: "In the past." }] });
  }
  const { host } = await loadHostPolicy(db, actor.userId);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.booking.create({
        data: {
          code: newBookingCode(),
          kind: "group_session",
          hostId: actor.userId,
          serviceId: service.id,
          startAt: input.start,
          endAt: new Date(input.start.getTime() + service.durationMinutes * 60_000),
          durationMinutes: service.durationMinutes,
          timeZone: host.timeZone,
          sessionType: service.sessionType,
          capacity: service.capacity ?? 1,
          title: service.name,
          location: service.location,
          status: "confirmed",
          confirmedAt: now,
          priceCents: service.priceCents,
          currency: service.currency,
        },
        select: { id: true, startAt: true, endAt: true, capacity: true, status: true },
      });
      await recordEvent(tx, { type: "booking.created", bookingId: row.id, audience: [actor.userId], payload: { kind: "group_session", serviceId: service.id } });
      return { id: row.id, serviceId: service.id, start: row.startAt?.toISOString(), end: row.endAt?.toISOString(), capacity: row.capacity, seatsTaken: 0, status: row.status };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw bookingConflict();
    throw error;
  }
}

/** The host's upcoming occurrences of group and course services, with seats taken (additive, for the services page). */
export async function listUpcomingOccurrences(db: Db, actor: Actor, now = new Date()) {
  requireHost(actor);
  const rows = await db.booking.findMany({
    where: { hostId: actor.userId, kind: "group_session", endAt: { gt: now }, status: { in: ["pending", "confirmed", "in_progress"] } },
    select: {
      id: true,
      serviceId: true,
      startAt: true,
      endAt: true,
      capacity: true,
      status: true,
      _count: { select: { seats: { where: { kind: "seat", status: { in: ["pending_payment", "pending", "confirmed", "in_progress"] } } } } },
    },
    orderBy: [{ startAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.serviceId,
    start: row.startAt?.toISOString() ?? null,
    end: row.endAt?.toISOString() ?? null,
    capacity: row.capacity ?? 1,
    seatsTaken: row._count.seats,
    status: row.status,
  }));
}
export type OccurrenceView = Awaited<ReturnType<typeof listUpcomingOccurrences>>[number];
