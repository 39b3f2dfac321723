// Shared fixtures and fast-check arbitraries for the domain tests (not part of
// the public API). Scenarios cluster around DST transitions on purpose.
import fc from "fast-check";
import type { DateOverride, TimeOff, WeeklyRule } from "./availability";
import type { BusyInterval, ExternalBusy, GroupOccurrence } from "./busy";
import type { HostPolicyInput } from "./policy";
import type { SlotQuery } from "./slots";
import { rangeForDates } from "./slots";
import { addDaysISO, formatHHMM } from "./time";

export const MIN = 60_000;

export const ZONES = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "Europe/London",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Auckland",
  "America/Santiago",
] as const;

/** Dates just before clock changes in 2026 (both hemispheres) and quiet ones. */
export const BASE_DATES = ["2026-03-07", "2026-03-28", "2026-04-04", "2026-10-03", "2026-10-31", "2026-06-15", "2028-02-28"] as const;

export function iso(text: string): Date {
  return new Date(text);
}

export function isoList(dates: readonly { start: Date }[]): string[] {
  return dates.map((d) => d.start.toISOString());
}

/** Non-overlapping ranges on a 15-minute grid, some touching, some ending at 24:00. */
const dayRanges = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: { start: string; end: string }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      out.push({ start: formatHHMM(sorted[i]! * 15), end: formatHHMM(sorted[i + 1]! * 15) });
    }
    return out;
  });

export const weeklyRulesArb: fc.Arbitrary<WeeklyRule[]> = fc
  .array(dayRanges, { minLength: 7, maxLength: 7 })
  .map((days) => days.flatMap((ranges, dayOfWeek) => ranges.map((r) => ({ dayOfWeek, ...r }))));

export interface Scenario {
  zone: string;
  baseDate: string;
  days: number;
  query: SlotQuery;
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    baseDate: fc.constantFrom(...BASE_DATES),
    days: fc.integer({ min: 1, max: 3 }),
    rules: weeklyRulesArb,
    interval: fc.constantFrom(5, 15, 20, 30, 45, 60),
    durations: fc.uniqueArray(fc.constantFrom(15, 30, 45, 60, 90, 120), { minLength: 1, maxLength: 3 }),
    before: fc.constantFrom(0, 0, 5, 10, 15),
    after: fc.constantFrom(0, 0, 5, 10, 30),
    minNotice: fc.constantFrom(0, 30, 120),
    horizon: fc.constantFrom(1, 2, 3, 10, 10, 10),
    nowShiftMin: fc.integer({ min: -2 * 1440, max: 720 }),
    daily: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
    weekly: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 6 }) }),
    override: fc.option(fc.record({ dayOffset: fc.integer({ min: 0, max: 2 }), ranges: dayRanges })),
    timeOffKind: fc.constantFrom("none", "none", "dates", "instants"),
    timeOffAt: fc.integer({ min: 0, max: 3 * 288 }),
    timeOffLen: fc.integer({ min: 1, max: 48 }),
    hostBusy: fc.array(fc.record({ at: fc.integer({ min: -24, max: 3 * 288 }), len: fc.integer({ min: 1, max: 36 }) }), { maxLength: 8 }),
    clientBusy: fc.array(fc.record({ at: fc.integer({ min: -24, max: 3 * 288 }), len: fc.integer({ min: 1, max: 24 }) }), { maxLength: 4 }),
    occurrences: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 3 * 96 }), lenIdx: fc.nat(), capacity: fc.integer({ min: 1, max: 3 }), seats: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 2 },
    ),
    joinOnly: fc.constantFrom(false, false, false, true),
    externalBusy: fc.array(fc.record({ at: fc.integer({ min: -24, max: 3 * 288 }), len: fc.integer({ min: 1, max: 24 }) }), { maxLength: 3 }),
  })
  .map((r) => {
    const range = rangeForDates(r.baseDate, addDaysISO(r.baseDate, r.days - 1), r.zone);
    const from = range.from.getTime();
    // Busy times on a 5-minute grid in real time: independent of the zone's
    // offset, so they also land at odd wall times in Kathmandu or Lord Howe.
    const at5 = (x: { at: number; len: number }, id: string): BusyInterval & { start: Date; end: Date } => ({
      id,
      start: new Date(from + x.at * 5 * MIN),
      end: new Date(from + (x.at + x.len) * 5 * MIN),
    });
    const overrides: DateOverride[] = r.override
      ? [{ date: addDaysISO(r.baseDate, r.override.dayOffset), ranges: r.override.ranges }]
      : [];
    const timeOff: TimeOff[] =
      r.timeOffKind === "dates"
        ? [{ kind: "dates", startDate: addDaysISO(r.baseDate, r.timeOffAt % 3), endDate: addDaysISO(r.baseDate, r.timeOffAt % 3) }]
        : r.timeOffKind === "instants"
          ? [{ kind: "instants", start: new Date(from + r.timeOffAt * 5 * MIN), end: new Date(from + (r.timeOffAt + r.timeOffLen) * 5 * MIN) }]
          : [];
    const policy: HostPolicyInput = {
      timeZone: r.zone,
      slotIntervalMinutes: r.interval,
      durationsMinutes: r.durations,
      bufferBeforeMinutes: r.before,
      bufferAfterMinutes: r.after,
      minNoticeMinutes: r.minNotice,
      horizonDays: r.horizon,
      dailyBookingLimit: r.daily,
      weeklyBookingLimit: r.weekly,
    };
    const externalBusy: ExternalBusy[] = r.externalBusy.map((x, i) => at5(x, `x${i}`));
    // Group occurrences start on the 15-minute grid, last one of the offered
    // durations and, like in the database, also appear in the host's busy list.
    const occurrences: GroupOccurrence[] = r.occurrences.map((o, i) => {
      const len = r.durations[o.lenIdx % r.durations.length]!;
      const start = from + o.at * 15 * MIN;
      return { id: `g${i}`, start: new Date(start), end: new Date(start + len * MIN), capacity: o.capacity, seatsTaken: o.seats };
    });
    const query: SlotQuery = {
      policy,
      availability: { rules: r.rules, overrides, timeOff },
      range,
      now: new Date(from + r.nowShiftMin * MIN),
      hostBusy: [...r.hostBusy.map((x, i) => at5(x, `h${i}`)), ...occurrences],
      // Bookings come from the database as epoch ms: the engine takes both.
      clientBusy: r.clientBusy.map((x, i) => {
        const b = at5(x, `c${i}`);
        return i % 2 === 0 ? b : { ...b, start: b.start.getTime(), end: b.end.getTime() };
      }),
      externalBusy,
      ...(occurrences.length > 0 || r.joinOnly ? { group: { occurrences, allowNewOccurrences: !r.joinOnly } } : {}),
    };
    return { zone: r.zone, baseDate: r.baseDate, days: r.days, query };
  });

/** True when (s, d) is exactly an existing group occurrence (a seat, not a new session). */
export function isOccurrenceSlot(q: SlotQuery, s: number, d: number): boolean {
  return (q.group?.occurrences ?? []).some((o) => o.start.getTime() === s && o.end.getTime() === s + d * MIN);
}
