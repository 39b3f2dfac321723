import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { requireHost } from "./require-host";
import type { CreateAvailabilityInput } from "./schemas";
import { assertOverrides, assertRange, assertTimeOff, assertWeeklyRules } from "./validate-availability";

export async function createAvailability(db: Db, actor: Actor, input: CreateAvailabilityInput) {
  requireHost(actor);
  const hostId = actor.userId;
  if (input.type === "weekly") {
    const existing = await db.availabilityRule.findMany({ where: { hostId, isAvailable: true }, select: { dayOfWeek: true, startTime: true, endTime: true } });
    const rules = existing.map((r) => ({ dayOfWeek: r.dayOfWeek, start: r.startTime, end: r.endTime }));
    if (input.isAvailable !== false) assertWeeklyRules([...rules, { dayOfWeek: input.dayOfWeek, start: input.start, end: input.end }], rules.length);
    else assertRange(input.start, input.end);
    const row = await db.availabilityRule.create({
      data: { hostId, dayOfWeek: input.dayOfWeek, startTime: input.start, endTime: input.end, notes: input.notes ?? "", isAvailable: input.isAvailable ?? true },
      select: { id: true },
    });
    return { id: row.id, type: input.type };
  }
  if (input.type === "override") {
    if (Boolean(input.start) !== Boolean(input.end)) {
      throw new AppError("validation_failed", "Give both start and end, or neither to close the whole date.", { fields: [{ field: "end", message: "Needs start and end together." }] });
    }
    if (input.start && input.end) {
      const sameDate = await db.availabilityOverride.findMany({ where: { hostId, date: new Date(input.date) }, select: { startTime: true, endTime: true } });
      const ranges = sameDate.flatMap((o) => (o.startTime && o.endTime ? [{ date: input.date, start: o.startTime, end: o.endTime }] : []));
      assertOverrides([...ranges, { date: input.date, start: input.start, end: input.end }]);
    }
    const row = await db.availabilityOverride.create({
      data: { hostId, date: new Date(input.date), startTime: input.start ?? null, endTime: input.end ?? null },
      select: { id: true },
    });
    return { id: row.id, type: input.type };
  }
  const byDates = input.startDate !== undefined || input.endDate !== undefined;
  const byInstants = input.start !== undefined || input.end !== undefined;
  if (byDates === byInstants) {
    throw new AppError("validation_failed", "Give either startDate and endDate (whole days) or start and end (instants).", { fields: [{ field: "startDate", message: "Dates or instants, not both." }] });
  }
  if (byDates) {
    if (!input.startDate || !input.endDate) throw new AppError("validation_failed", "Give startDate and endDate.", { fields: [{ field: "endDate", message: "Required." }] });
    assertTimeOff({ kind: "dates", startDate: input.startDate, endDate: input.endDate });
  } else {
    if (!input.start || !input.end) throw new AppError("validation_failed", "Give start and end.", { fields: [{ field: "end", message: "Required." }] });
    assertTimeOff({ kind: "instants", start: input.start, end: input.end });
  }
  const row = await db.timeOff.create({
    data: {
      hostId,
      startDate: input.startDate ? new Date(input.startDate) : null,
      endDate: input.endDate ? new Date(input.endDate) : null,
      startAt: input.start ?? null,
      endAt: input.end ?? null,
      reason: input.reason ?? "",
    },
    select: { id: true },
  });
  return { id: row.id, type: input.type };
}
