// Availability model: weekly hours in the host's wall clock, dated overrides
// that replace a date's weekly hours, and time off. Ranges never cross
// midnight; "24:00" ends a day so that ranges on consecutive days join (see
// docs/decisions/002-availability-ranges-and-midnight.md).
import { DomainError } from "./errors";
import { type Interval, clipIntervals, mergeIntervals, subtractIntervals } from "./intervals";
import {
  MINUTES_PER_DAY,
  type ZoneClock,
  dayOfWeekOfDay,
  formatHHMM,
  parseDateISO,
  parseHHMM,
  zoneClock,
} from "./time";

export interface TimeRange {
  /** "HH:MM", 00:00–23:59, host wall clock. */
  start: string;
  /** "HH:MM", 00:01–24:00 ("24:00" = end of the day). */
  end: string;
}

export interface WeeklyRule extends TimeRange {
  /** 0 = Sunday … 6 = Saturday. */
  dayOfWeek: number;
}

/** Replaces the weekly hours of one date; no ranges = closed all day. */
export interface DateOverride {
  date: string;
  ranges: TimeRange[];
}

export type TimeOff =
  /** Whole host-local dates, both inclusive. */
  | { kind: "dates"; startDate: string; endDate: string }
  /** Any stretch of time, e.g. an afternoon off. */
  | { kind: "instants"; start: Date; end: Date };

export interface Availability {
  rules: readonly WeeklyRule[];
  overrides?: readonly DateOverride[];
  timeOff?: readonly TimeOff[];
}

export interface IndexedError {
  index: number;
  message: string;
}

export type ValidationResult = { ok: true } | { ok: false; errors: IndexedError[] };

export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

// ---------------------------------------------------------------------------
// Validation (for writes: the API refuses what these refuse)

export type RangeCheck = { ok: true; start: number; end: number } | { ok: false; message: string };

export function validateRange(range: TimeRange): RangeCheck {
  const start = parseHHMM(range.start);
  const end = parseHHMM(range.end);
  if (start === null || start === MINUTES_PER_DAY) {
    return { ok: false, message: `start "${String(range.start)}" must be a time HH:MM between 00:00 and 23:59` };
  }
  if (end === null || end === 0) {
    if (end === 0) {
      return { ok: false, message: `end must be after start; write "24:00" for the end of the day, not "00:00"` };
    }
    return { ok: false, message: `end "${String(range.end)}" must be a time HH:MM between 00:01 and 24:00` };
  }
  if (end < start) {
    return {
      ok: false,
      message:
        `end must be after start; split a range that crosses midnight into two ranges ` +
        `(${formatHHMM(start)}–24:00 and 00:00–${formatHHMM(end)})`,
    };
  }
  if (end === start) return { ok: false, message: `end must be after start (${range.start}–${range.end} is empty)` };
  return { ok: true, start, end };
}

function describe(start: number, end: number): string {
  return `${formatHHMM(start)}–${formatHHMM(end)}`;
}

/** Overlap errors among ranges of one day; `label` names the day in messages. */
function overlapErrors(
  items: { index: number; start: number; end: number }[],
  label: string,
): IndexedError[] {
  const errors: IndexedError[] = [];
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let widest: (typeof sorted)[number] | undefined;
  for (const item of sorted) {
    if (widest && item.start < widest.end) {
      errors.push({
        index: item.index,
        message: `${label}: ${describe(widest.start, widest.end)} overlaps ${describe(item.start, item.end)}`,
      });
    }
    if (!widest || item.end > widest.end) widest = item;
  }
  return errors;
}

export function validateWeeklyRules(rules: readonly WeeklyRule[]): ValidationResult {
  const errors: IndexedError[] = [];
  const byDay: { index: number; start: number; end: number }[][] = [[], [], [], [], [], [], []];
  rules.forEach((rule, index) => {
    if (!Number.isInteger(rule.dayOfWeek) || rule.dayOfWeek < 0 || rule.dayOfWeek > 6) {
      errors.push({ index, message: `dayOfWeek must be an integer from 0 (Sunday) to 6 (Saturday), got ${String(rule.dayOfWeek)}` });
      return;
    }
    const check = validateRange(rule);
    if (!check.ok) {
      errors.push({ index, message: `${DAY_NAMES[rule.dayOfWeek]}: ${check.message}` });
      return;
    }
    byDay[rule.dayOfWeek]!.push({ index, start: check.start, end: check.end });
  });
  byDay.forEach((items, day) => errors.push(...overlapErrors(items, DAY_NAMES[day]!)));
  errors.sort((a, b) => a.index - b.index);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export function validateOverrides(overrides: readonly DateOverride[]): ValidationResult {
  const errors: IndexedError[] = [];
  const seen = new Map<string, number>();
  overrides.forEach((o, index) => {
    if (parseDateISO(o.date) === null) {
      errors.push({ index, message: `date must be a real date in YYYY-MM-DD form, got "${String(o.date)}"` });
      return;
    }
    const first = seen.get(o.date);
    if (first !== undefined) {
      errors.push({ index, message: `${o.date} is already overridden (entry ${first}); put all its ranges in one entry` });
      return;
    }
    seen.set(o.date, index);
    const items: { index: number; start: number; end: number }[] = [];
    for (const r of o.ranges) {
      const check = validateRange(r);
      if (!check.ok) errors.push({ index, message: `${o.date}: ${check.message}` });
      else items.push({ index, start: check.start, end: check.end });
    }
    errors.push(...overlapErrors(items, o.date));
  });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export function validateTimeOff(list: readonly TimeOff[]): ValidationResult {
  const errors: IndexedError[] = [];
  list.forEach((t, index) => {
    if (t.kind === "dates") {
      const a = parseDateISO(t.startDate);
      const b = parseDateISO(t.endDate);
      if (a === null || b === null) errors.push({ index, message: "startDate and endDate must be real dates in YYYY-MM-DD form" });
      else if (b < a) errors.push({ index, message: `endDate ${t.endDate} is before startDate ${t.startDate}` });
    } else {
      const a = t.start.getTime();
      const b = t.end.getTime();
      if (!Number.isFinite(a) || !Number.isFinite(b)) errors.push({ index, message: "start and end must be valid instants" });
      else if (b <= a) errors.push({ index, message: "end must be after start" });
    }
  });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export type AvailabilityValidation =
  | { ok: true }
  | { ok: false; errors: { field: "rules" | "overrides" | "timeOff"; index: number; message: string }[] };

export function validateAvailability(a: Availability): AvailabilityValidation {
  const errors: { field: "rules" | "overrides" | "timeOff"; index: number; message: string }[] = [];
  const r = validateWeeklyRules(a.rules);
  if (!r.ok) errors.push(...r.errors.map((e) => ({ field: "rules" as const, ...e })));
  const o = validateOverrides(a.overrides ?? []);
  if (!o.ok) errors.push(...o.errors.map((e) => ({ field: "overrides" as const, ...e })));
  const t = validateTimeOff(a.timeOff ?? []);
  if (!t.ok) errors.push(...t.errors.map((e) => ({ field: "timeOff" as const, ...e })));
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/**
 * Importers of data that stored "22:00–02:00" can turn it into the two ranges
 * the engine accepts instead of dropping it.
 */
export function splitOvernightRule(rule: WeeklyRule): WeeklyRule[] {
  const start = parseHHMM(rule.start);
  const end = parseHHMM(rule.end);
  if (end === 0) return [{ ...rule, end: "24:00" }];
  if (start === null || end === null || end >= start) return [rule];
  return [
    { dayOfWeek: rule.dayOfWeek, start: rule.start, end: "24:00" },
    { dayOfWeek: (rule.dayOfWeek + 1) % 7, start: "00:00", end: rule.end },
  ];
}

// ---------------------------------------------------------------------------
// Expansion

type MinuteRange = readonly [start: number, end: number];

export interface CompiledAvailability {
  weekly: MinuteRange[][];
  overrides: Map<number, MinuteRange[]>;
  timeOffDays: (readonly [number, number])[];
  timeOffInstants: Interval[];
}

function compileRange(r: TimeRange, where: string): MinuteRange {
  const check = validateRange(r);
  if (!check.ok) throw new DomainError("invalid_range", `${where}: ${check.message}`);
  return [check.start, check.end];
}

/**
 * Parses once for many expansions. Throws on data that has no meaning (bad
 * times, inverted ranges); tolerates overlaps, which it unions, so that one
 * sloppy stored row does not take a host's booking page down.
 */
export function compileAvailability(a: Availability): CompiledAvailability {
  const weekly: MinuteRange[][] = [[], [], [], [], [], [], []];
  a.rules.forEach((rule, i) => {
    if (!Number.isInteger(rule.dayOfWeek) || rule.dayOfWeek < 0 || rule.dayOfWeek > 6) {
      throw new DomainError("invalid_range", `rule ${i}: dayOfWeek must be 0 (Sunday) to 6 (Saturday)`);
    }
    weekly[rule.dayOfWeek]!.push(compileRange(rule, `rule ${i} (${DAY_NAMES[rule.dayOfWeek]})`));
  });
  for (const day of weekly) day.sort((x, y) => x[0] - y[0]);
  const overrides = new Map<number, MinuteRange[]>();
  for (const o of a.overrides ?? []) {
    const day = parseDateISO(o.date);
    if (day === null) throw new DomainError("invalid_date", `override date "${String(o.date)}" is not a YYYY-MM-DD date`);
    // Several entries for one date add up, mirroring one stored row per range.
    const list = overrides.get(day) ?? [];
    for (const r of o.ranges) list.push(compileRange(r, `override ${o.date}`));
    list.sort((x, y) => x[0] - y[0]);
    overrides.set(day, list);
  }
  const timeOffDays: (readonly [number, number])[] = [];
  const timeOffInstants: Interval[] = [];
  for (const t of a.timeOff ?? []) {
    if (t.kind === "dates") {
      const s = parseDateISO(t.startDate);
      const e = parseDateISO(t.endDate);
      if (s === null || e === null) throw new DomainError("invalid_date", "time off dates must be YYYY-MM-DD");
      if (e >= s) timeOffDays.push([s, e]);
    } else {
      const s = t.start.getTime();
      const e = t.end.getTime();
      if (!Number.isFinite(s) || !Number.isFinite(e)) throw new DomainError("invalid_input", "time off instants must be valid");
      if (e > s) timeOffInstants.push({ start: s, end: e });
    }
  }
  return { weekly, overrides, timeOffDays, timeOffInstants };
}

/** One availability range on one date, with its wall-clock and real bounds. */
export interface RangeInstance {
  day: number;
  startMin: number;
  endMin: number;
  /** Earliest instant of the start wall time (or the jump instant in a gap). */
  start: number;
  /** Latest instant of the end wall time (or the jump instant in a gap). */
  end: number;
}

export function rangesOfDay(c: CompiledAvailability, day: number): readonly MinuteRange[] {
  return c.overrides.get(day) ?? c.weekly[dayOfWeekOfDay(day)]!;
}

/** Range instances of local days firstDay..lastDay, in order. */
export function rangeInstances(c: CompiledAvailability, clock: ZoneClock, firstDay: number, lastDay: number): RangeInstance[] {
  const out: RangeInstance[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const [startMin, endMin] of rangesOfDay(c, day)) {
      const start = clock.wallToInstant(day, startMin, "earlier");
      const end = endMin === MINUTES_PER_DAY ? clock.startOfDay(day + 1) : clock.wallToInstant(day, endMin, "later");
      if (end > start) out.push({ day, startMin, endMin, start, end });
    }
  }
  return out;
}

/** Time off of the compiled availability as merged instants overlapping [from, to). */
export function timeOffIntervals(c: CompiledAvailability, clock: ZoneClock, from: number, to: number): Interval[] {
  const list: Interval[] = [];
  for (const [s, e] of c.timeOffDays) {
    const start = clock.startOfDay(s);
    const end = clock.startOfDay(e + 1);
    if (start < to && end > from) list.push({ start, end });
  }
  for (const t of c.timeOffInstants) if (t.start < to && t.end > from) list.push(t);
  return mergeIntervals(list);
}

/** Free time of local days firstDay..lastDay: ranges merged, minus time off. */
export function freeIntervals(
  c: CompiledAvailability,
  clock: ZoneClock,
  ranges: readonly RangeInstance[],
): Interval[] {
  const merged = mergeIntervals(ranges);
  if (merged.length === 0) return merged;
  const off = timeOffIntervals(c, clock, merged[0]!.start, merged[merged.length - 1]!.end);
  return off.length === 0 ? merged : subtractIntervals(merged, off);
}

export interface ExpandInput extends Availability {
  timeZone: string;
  from: Date;
  to: Date;
}

/**
 * Bookable time in [from, to): merged, sorted, half-open intervals in epoch ms.
 * Consecutive ranges (17:00–24:00 then 00:00–02:00) come out as one interval.
 */
export function expandAvailability(input: ExpandInput): Interval[] {
  const clock = zoneClock(input.timeZone);
  const from = input.from.getTime();
  const to = input.to.getTime();
  if (!(to > from)) return [];
  const c = compileAvailability(input);
  const firstDay = clock.dayOf(from) - 1;
  const lastDay = clock.dayOf(to) + 1;
  const ranges = rangeInstances(c, clock, firstDay, lastDay);
  return clipIntervals(freeIntervals(c, clock, ranges), from, to);
}
