// Inputs shared by slot generation and the booking check, and their
// normalisation: what blocks, with which buffers, and the booking limits.
import type { Availability } from "./availability";
import { type BookingStatus, blocksTime } from "./booking-state";
import { DomainError } from "./errors";
import type { Interval } from "./intervals";
import type { HostPolicy, HostPolicyInput } from "./policy";
import { MINUTE_MS, type ZoneClock, formatDay, isoWeekStartDay } from "./time";

/**
 * A booking (or seat) that may hold time. Instants as Date or epoch ms: a
 * month's bookings arrive from the database as numbers, and making hundreds of
 * Dates only to read their time back is measurable on every slots request.
 */
export interface BusyInterval {
  id?: string;
  start: Date | number;
  end: Date | number;
  /** When given, non-blocking statuses (draft, cancelled…) are ignored. */
  status?: BookingStatus;
}

/** A busy block from the host's external calendar. */
export interface ExternalBusy {
  id?: string;
  start: Date;
  end: Date;
}

/** An existing occurrence of a group service that clients join by seat. */
export interface GroupOccurrence {
  id?: string;
  start: Date;
  end: Date;
  capacity: number;
  seatsTaken: number;
  status?: BookingStatus;
}

export interface GroupInput {
  occurrences: readonly GroupOccurrence[];
  /** false: clients may only join existing occurrences. Default true. */
  allowNewOccurrences?: boolean;
}

export interface EngineInput {
  policy: HostPolicyInput;
  availability: Availability;
  now: Date;
  /** The host's bookings (blocking ones, or any with `status` set). */
  hostBusy?: readonly BusyInterval[];
  /** The client's own bookings with any host: nobody attends two sessions at once. */
  clientBusy?: readonly BusyInterval[];
  /** The host's external calendar busy times. */
  externalBusy?: readonly ExternalBusy[];
  /** Bookings counted for daily/weekly limits; defaults to hostBusy. */
  hostBookingsForLimits?: readonly BusyInterval[];
  /** The booking being rescheduled: ignored in every list. */
  ignoreBookingId?: string;
  group?: GroupInput;
}

export function groupSlotState(o: { capacity: number; seatsTaken: number }): { open: boolean; seatsLeft: number } {
  const seatsLeft = Math.max(0, o.capacity - o.seatsTaken);
  return { open: seatsLeft > 0, seatsLeft };
}

/** Epoch ms of a Date (or of epoch ms), or a DomainError naming the field. */
export function toMs(d: Date | number, what: string): number {
  const v = d instanceof Date ? d.getTime() : typeof d === "number" ? d : NaN;
  if (!Number.isFinite(v)) throw new DomainError("invalid_input", `${what} must be a valid Date`);
  return v;
}

export interface ActiveBusy extends Interval {
  id: string | undefined;
}

/** Entries that hold time: not the one being moved, not non-blocking, not empty. */
export function activeBusy(list: readonly BusyInterval[] | undefined, ignoreId: string | undefined, what: string): ActiveBusy[] {
  const out: ActiveBusy[] = [];
  for (const b of list ?? []) {
    if (ignoreId !== undefined && b.id === ignoreId) continue;
    if (b.status !== undefined && !blocksTime(b.status)) continue;
    const start = toMs(b.start, `${what}.start`);
    const end = toMs(b.end, `${what}.end`);
    if (end > start) out.push({ start, end, id: b.id });
  }
  return out;
}

/**
 * Every session occupies [start - before, end + after]; two sessions of the
 * host conflict when those occupancies overlap. So a host booking blocks a
 * candidate start within (before + after) of it on either side.
 */
export function hostBookingBlock(b: Interval, p: HostPolicy): Interval {
  const pad = (p.bufferBeforeMinutes + p.bufferAfterMinutes) * MINUTE_MS;
  return { start: b.start - pad, end: b.end + pad };
}

/**
 * External events carry no buffers of ours; only the new session's do:
 * its prep time must not overlap them, nor its wrap-up time.
 */
export function externalBlock(x: Interval, p: HostPolicy): Interval {
  return { start: x.start - p.bufferAfterMinutes * MINUTE_MS, end: x.end + p.bufferBeforeMinutes * MINUTE_MS };
}

export function activeOccurrences(g: GroupInput | undefined, ignoreId: string | undefined): (GroupOccurrence & Interval)[] {
  const out: (GroupOccurrence & Interval)[] = [];
  for (const o of g?.occurrences ?? []) {
    if (ignoreId !== undefined && o.id === ignoreId) continue;
    if (o.status !== undefined && !blocksTime(o.status)) continue;
    const start = toMs(o.start, "group occurrence start");
    const end = toMs(o.end, "group occurrence end");
    if (end > start) out.push({ ...o, start, end } as GroupOccurrence & Interval);
  }
  return out;
}

/** Occurrence whose exact times are [s, e); one with seats left wins. */
export function matchOccurrence<T extends GroupOccurrence & Interval>(list: readonly T[], s: number, e: number): T | undefined {
  let found: T | undefined;
  for (const o of list) {
    if (o.start !== s || o.end !== e) continue;
    if (groupSlotState(o).open) return o;
    found ??= o;
  }
  return found;
}

/** Counts of host bookings per host-local day and ISO week. */
export class LimitCounter {
  private readonly perDay = new Map<number, number>();
  private readonly perWeek = new Map<number, number>();
  private readonly daily: number | null;
  private readonly weekly: number | null;

  constructor(bookings: readonly Interval[], clock: ZoneClock, policy: HostPolicy) {
    this.daily = policy.dailyBookingLimit;
    this.weekly = policy.weeklyBookingLimit;
    if (this.daily === null && this.weekly === null) return;
    for (const b of bookings) {
      const day = clock.dayOf(b.start);
      this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
      const week = isoWeekStartDay(day);
      this.perWeek.set(week, (this.perWeek.get(week) ?? 0) + 1);
    }
  }

  get active(): boolean {
    return this.daily !== null || this.weekly !== null;
  }

  /** Why one more booking on local `day` is refused, or null. */
  refusal(day: number): string | null {
    if (this.daily !== null && (this.perDay.get(day) ?? 0) >= this.daily) {
      return `the host takes at most ${this.daily} booking${this.daily === 1 ? "" : "s"} on ${formatDay(day)}`;
    }
    if (this.weekly !== null && (this.perWeek.get(isoWeekStartDay(day)) ?? 0) >= this.weekly) {
      return `the host takes at most ${this.weekly} booking${this.weekly === 1 ? "" : "s"} in the week of ${formatDay(isoWeekStartDay(day))}`;
    }
    return null;
  }
}
