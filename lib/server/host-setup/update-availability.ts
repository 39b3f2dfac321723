import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError, notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { requireHost } from "./require-host";
import type { UpdateAvailabilityInput } from "./schemas";
import { assertRange, assertWeeklyRules } from "./validate-availability";

/** PATCH one weekly rule or dated override (time off is deleted and re-created). */
export async function updateAvailability(db: Db, actor: Actor, id: string, input: UpdateAvailabilityInput) {
  requireHost(actor);
  if (!isUuid(id)) throw notFound("Availability");
  const rule = await db.availabilityRule.findFirst({ where: { id, hostId: actor.userId }, select: { id: true, dayOfWeek: true, startTime: true, endTime: true, isAvailable: true } });
  if (rule) {
    if (input.date !== undefined || input.reason !== undefined) throw new AppError("validation_failed", "A weekly rule has no date or reason.", { fields: [{ field: input.date !== undefined ? "date" : "reason", message: "Not a field of weekly rules." }] });
    const next = { dayOfWeek: input.dayOfWeek ?? rule.dayOfWeek, start: input.start ?? rule.startTime, end: input.end ?? rule.endTime };
    const isAvailable = input.isAvailable ?? rule.isAvailable;
    if (isAvailable) {
      const others = await db.availabilityRule.findMany({ where: { hostId: actor.userId, isAvailable: true, id: { not: id } }, select: { dayOfWeek: true, startTime: true, endTime: true } });
      const rules = others.map((r) => ({ dayOfWeek: r.dayOfWeek, start: r.startTime, end: r.endTime }));
      assertWeeklyRules([...rules, next], rules.length);
    } else assertRange(next.start, next.end);
    await db.availabilityRule.update({
      where: { id },
      data: { dayOfWeek: next.dayOfWeek, startTime: next.start, endTime: next.end, isAvailable, ...(input.notes !== undefined ? { notes: input.notes } : {}) },
      select: { id: true },
    });
    return { id, type: "weekly" as const };
  }
  const override = await db.availabilityOverride.findFirst({ where: { id, hostId: actor.userId }, select: { id: true, date: true, startTime: true, endTime: true } });
  if (override) {
    const start = input.start ?? override.startTime;
    const end = input.end ?? override.endTime;
    if (start && end) assertRange(start, end);
    await db.availabilityOverride.update({
      where: { id },
      data: { ...(input.date ? { date: new Date(input.date) } : {}), startTime: start, endTime: end },
      select: { id: true },
    });
    return { id, type: "override" as const };
  }
  const timeOff = await db.timeOff.findFirst({ where: { id, hostId: actor.userId }, select: { id: true } });
  if (timeOff) {
    if (Object.keys(input).some((k) => k !== "reason")) {
      throw new AppError("validation_failed", "Only the reason of a time-off entry can be changed; delete and re-create it to move it.", { fields: [{ field: "reason", message: "Only field editable." }] });
    }
    await db.timeOff.update({ where: { id }, data: { reason: input.reason ?? "" }, select: { id: true } });
    return { id, type: "time_off" as const };
  }
  throw notFound("Availability");
}
