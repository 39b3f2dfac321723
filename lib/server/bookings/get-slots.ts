// Free slots of a host for whole dates in the requester's zone. One context load
// (a handful of indexed queries) and one engine pass, whatever the range.
import { generateSlotTimes, isoInstant, rangeForDates, resolvePolicy } from "@/lib/domain";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError, notFound } from "../errors";
import { loadGroupOccurrences, loadSchedulingContext } from "../scheduling-context";
import type { SlotsQuery } from "./schemas";

export const MAX_SLOT_RANGE_DAYS = 62;
const MINUTE = 60_000;

export interface SlotsResult {
  hostId: string;
  timeZone: string;
  slots: Array<{ start: string; end: string; durations: number[] }>;
  /** Present when a connected calendar did not answer in time: its busy times may be missing. */
  calendarSync?: "stale";
}

export async function getSlots(db: Db, actor: Actor | null, hostId: string, query: SlotsQuery, now = new Date()): Promise<SlotsResult> {
  const days = (Date.parse(`${query.end}T00:00:00Z`) - Date.parse(`${query.start}T00:00:00Z`)) / 86_400_000 + 1;
  if (days < 1) throw new AppError("validation_failed", "end is before start.", { fields: [{ field: "end", message: "Before start." }] });
  if (days > MAX_SLOT_RANGE_DAYS) {
    throw new AppError("validation_failed", `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time.`, { fields: [{ field: "end", message: `At most ${MAX_SLOT_RANGE_DAYS} days after start.` }] });
  }
  const range = rangeForDates(query.start, query.end, query.timeZone);
  const clientId = actor && actor.userId !== hostId ? actor.userId : null;
  const service = query.serviceId
    ? await db.service.findFirst({ where: { id: query.serviceId, hostId, active: true }, select: { id: true, kind: true, durationMinutes: true } })
    : null;
  if (query.serviceId && !service) throw notFound("Service");
  const ctx = await loadSchedulingContext(db, { hostId, from: range.from, to: range.to, clientId, externalCalendars: { now } });
  if (!ctx.host.active) return { hostId, timeZone: query.timeZone, slots: [] };
  const policy = resolvePolicy(ctx.policy);
  const durations = service ? [service.durationMinutes] : (query.duration ?? policy.durationsMinutes);
  const group = service?.kind === "group" ? { occurrences: await loadGroupOccurrences(db, service.id, range.from, range.to), allowNewOccurrences: false } : undefined;

  const slots = generateSlotTimes({
    policy: ctx.policy,
    availability: ctx.availability,
    range,
    now,
    durations,
    hostBusy: ctx.hostBusy,
    clientBusy: ctx.clientBusy,
    externalBusy: ctx.externalBusy,
    ...(group ? { group, durations: [service?.durationMinutes ?? durations[0] ?? 60] } : {}),
  });
  return {
    hostId,
    timeZone: query.timeZone,
    slots: slots.map((slot) => ({
      start: isoInstant(slot.start),
      // end is for the shortest duration that fits; each listed duration fits.
      end: isoInstant(slot.start + (slot.durations[0] ?? 0) * MINUTE),
      durations: slot.durations,
    })),
    ...(ctx.calendarSync === "stale" ? { calendarSync: "stale" as const } : {}),
  };
}
