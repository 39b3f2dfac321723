// The check run by create and reschedule. It answers for one start exactly
// what generateSlots answers for many (a property test holds the two
// together), but is written the plain way, one rule at a time, so it can say
// which rule failed.
import { compileAvailability, freeIntervals, rangeInstances } from "./availability";
import {
  type EngineInput,
  LimitCounter,
  activeBusy,
  activeOccurrences,
  externalBlock,
  groupSlotState,
  hostBookingBlock,
  matchOccurrence,
  toMs,
} from "./busy";
import { containsInterval, overlaps } from "./intervals";
import { isValidDuration, resolvePolicy } from "./policy";
import { MINUTE_MS, formatDay, formatHHMM, zoneClock } from "./time";

export type ConflictReason =
  | "outside_availability"
  | "too_soon"
  | "too_far"
  | "host_conflict"
  | "client_conflict"
  | "limit_reached"
  | "capacity_full"
  | "invalid_duration";

export interface BookingCheck extends EngineInput {
  start: Date;
  durationMinutes: number;
  /** Durations the client may pick here; default policy.durationsMinutes. */
  durations?: readonly number[];
}

export type CheckResult =
  | {
      ok: true;
      end: Date;
      /** Set when the booking is a seat in this existing group occurrence. */
      occurrenceId?: string;
    }
  | {
      ok: false;
      reason: ConflictReason;
      message: string;
      /** The booking or calendar entry in the way, when it has an id. */
      conflictingId?: string;
    };

function fail(reason: ConflictReason, message: string, conflictingId?: string): CheckResult {
  return conflictingId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, conflictingId };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function noticeText(minutes: number): string {
  if (minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}

/**
 * Order of checks: the request itself (duration), then time (notice,
 * horizon), then the host's hours, then other people's sessions, then limits.
 * The first failure is reported.
 */
export function checkBooking(input: BookingCheck): CheckResult {
  const policy = resolvePolicy(input.policy);
  const clock = zoneClock(policy.timeZone);
  const allowed = input.durations ?? policy.durationsMinutes;
  const d = input.durationMinutes;
  if (!isValidDuration(d) || !allowed.includes(d)) {
    return fail("invalid_duration", `duration must be one of ${[...allowed].sort((a, b) => a - b).join(", ")} minutes`);
  }
  const s = toMs(input.start, "start");
  const e = s + d * MINUTE_MS;
  const now = toMs(input.now, "now");
  const ignore = input.ignoreBookingId;

  if (s < now + policy.minNoticeMinutes * MINUTE_MS) {
    return fail(
      "too_soon",
      s < now ? "that time has passed" : `the host needs at least ${noticeText(policy.minNoticeMinutes)} notice`,
    );
  }
  const day = clock.dayOf(s);
  const lastDay = clock.dayOf(now) + policy.horizonDays;
  if (day > lastDay) {
    return fail("too_far", `the host takes bookings up to ${plural(policy.horizonDays, "day")} ahead (through ${formatDay(lastDay)})`);
  }

  const clientBusy = activeBusy(input.clientBusy, ignore, "clientBusy");
  const clientHit = (a: number, b: number) => clientBusy.find((c) => overlaps(c, { start: a, end: b }));

  const occ = matchOccurrence(activeOccurrences(input.group, ignore), s, e);
  if (occ) {
    if (!groupSlotState(occ).open) return fail("capacity_full", "this group session is full", occ.id);
    const c = clientHit(s, e);
    if (c) return fail("client_conflict", "the client already has a session at that time", c.id);
    return occ.id === undefined ? { ok: true, end: new Date(e) } : { ok: true, end: new Date(e), occurrenceId: occ.id };
  }
  if (input.group?.allowNewOccurrences === false) {
    return fail("outside_availability", "this group service can only be joined at its scheduled sessions");
  }

  const compiled = compileAvailability(input.availability);
  const minute = clock.minutesOf(s);
  const interval = policy.slotIntervalMinutes;
  const containing = rangeInstances(compiled, clock, day, day).filter(
    (r) => minute >= r.startMin && minute < r.endMin && s >= r.start && s < r.end,
  );
  if (containing.length === 0) return fail("outside_availability", "the host is not available at that time");
  if (!containing.some((r) => (minute - r.startMin) % interval === 0)) {
    const r = containing[0]!;
    return fail(
      "outside_availability",
      `starts are every ${interval} minutes from ${formatHHMM(r.startMin)} (host time); ${formatHHMM(minute)} is not one of them`,
    );
  }
  const free = freeIntervals(compiled, clock, rangeInstances(compiled, clock, day - 1, clock.dayOf(e) + 1));
  if (!containsInterval(free, s, e)) {
    return fail("outside_availability", "the session would run past the host's available hours or into time off");
  }

  const buffered = policy.bufferBeforeMinutes + policy.bufferAfterMinutes > 0;
  const candidate = { start: s, end: e };
  const hostBookings = activeBusy(input.hostBusy, ignore, "hostBusy");
  for (const b of hostBookings) {
    if (overlaps(hostBookingBlock(b, policy), candidate)) {
      return fail(
        "host_conflict",
        buffered && !overlaps(b, candidate)
          ? "too close to another of the host's sessions (buffer time)"
          : "the host has another session at that time",
        b.id,
      );
    }
  }
  for (const x of activeBusy(input.externalBusy, ignore, "externalBusy")) {
    if (overlaps(externalBlock(x, policy), candidate)) return fail("host_conflict", "the host's calendar is busy at that time", x.id);
  }
  const c = clientHit(s, e);
  if (c) return fail("client_conflict", "the client already has a session at that time", c.id);

  const counted = input.hostBookingsForLimits ? activeBusy(input.hostBookingsForLimits, ignore, "hostBookingsForLimits") : hostBookings;
  const refusal = new LimitCounter(counted, clock, policy).refusal(day);
  if (refusal !== null) return fail("limit_reached", refusal);

  return { ok: true, end: new Date(e) };
}
