// Time primitives for the scheduling engine.
//
// Instants are epoch milliseconds (or Date at the public edge); calendar dates
// are "YYYY-MM-DD" strings (internally: day numbers since 1970-01-01); wall
// times are minutes since local midnight. Nothing here reads the process zone:
// only UTC getters, and offsets obtained from Intl through @date-fns/tz.
import { tzOffset, tz } from "@date-fns/tz";
import { format } from "date-fns";
import { DomainError } from "./errors";
import { canonicalTimeZone } from "./zone-name";

export { canonicalTimeZone };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

// ---------------------------------------------------------------------------
// Zone names: canonicalTimeZone lives in ./zone-name (no date library), so that
// client components can validate a zone without shipping date-fns.

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** Canonical zone name, or a DomainError naming the bad input. */
export function requireTimeZone(name: string): string {
  const zone = canonicalTimeZone(name);
  if (zone === null) {
    throw new DomainError("invalid_time_zone", `unknown time zone "${String(name)}"; use an IANA name such as "Europe/Paris"`);
  }
  return zone;
}

// ---------------------------------------------------------------------------
// Offsets: a per-zone, per-year table of transitions.
//
// Intl lookups cost ~5 µs each; a year of slots needs thousands of offsets, so
// we find each year's transitions once (one probe per day, then bisection to
// the minute) and answer later lookups by binary search. Assumes a zone never
// changes offset twice within 24 hours, which holds for every zone in tzdb
// since 1970.

interface Transition {
  /** First instant at which `offset` applies. */
  at: number;
  /** Offset in minutes before `at`. */
  before: number;
  /** Offset in minutes from `at` on. */
  offset: number;
}

interface YearTable {
  start: number;
  end: number;
  startOffset: number;
  transitions: Transition[];
}

const yearTables = new Map<string, YearTable>();

function rawOffset(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms));
}

function buildYearTable(zone: string, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const startOffset = rawOffset(zone, start);
  const transitions: Transition[] = [];
  let prevT = start;
  let prevO = startOffset;
  for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
    const o = rawOffset(zone, t);
    if (o !== prevO) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (rawOffset(zone, mid) === prevO) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, before: prevO, offset: o });
    }
    prevT = t;
    prevO = o;
  }
  return { start, end, startOffset, transitions };
}

function yearTable(zone: string, year: number): YearTable {
  const key = `${zone}|${year}`;
  let table = yearTables.get(key);
  if (!table) {
    if (yearTables.size > 4000) yearTables.clear();
    table = buildYearTable(zone, year);
    yearTables.set(key, table);
  }
  return table;
}

/**
 * Offset arithmetic for one zone. Create through `zoneClock(name)`; cheap to
 * create, and it keeps the year table it used last so sweeps stay O(1).
 */
export class ZoneClock {
  readonly zone: string;
  private last: YearTable | null = null;

  constructor(zone: string) {
    this.zone = zone;
  }

  private tableFor(ms: number): YearTable {
    const last = this.last;
    if (last && ms >= last.start && ms < last.end) return last;
    const table = yearTable(this.zone, new Date(ms).getUTCFullYear());
    this.last = table;
    return table;
  }

  /** UTC offset in minutes at instant `ms` (positive east of Greenwich). */
  offsetAt(ms: number): number {
    const table = this.tableFor(ms);
    const tr = table.transitions;
    let offset = table.startOffset;
    for (let i = 0; i < tr.length; i++) {
      const t = tr[i]!;
      if (t.at <= ms) offset = t.offset;
      else break;
    }
    return offset;
  }

  /** Transitions with a < at <= b. */
  transitionsIn(a: number, b: number): Transition[] {
    const out: Transition[] = [];
    if (!(b > a)) return out;
    const y0 = new Date(a).getUTCFullYear();
    const y1 = new Date(b).getUTCFullYear();
    for (let y = y0; y <= y1; y++) {
      for (const t of yearTable(this.zone, y).transitions) {
        if (t.at > a && t.at <= b) out.push(t);
      }
    }
    return out;
  }

  /** Host-local day number (days since 1970-01-01) of instant `ms`. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms) * MINUTE_MS) / DAY_MS);
  }

  /** Host-local minutes since midnight of instant `ms` (fractional below a minute). */
  minutesOf(ms: number): number {
    const local = ms + this.offsetAt(ms) * MINUTE_MS;
    return (local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS;
  }

  /**
   * Every instant whose wall clock reads `minutes` on local day `day`, sorted:
   * none inside a spring-forward gap, two inside a fall-back overlap.
   */
  wallToInstants(day: number, minutes: number): number[] {
    const local = day * DAY_MS + minutes * MINUTE_MS;
    const a = this.offsetAt(local - DAY_MS);
    const b = this.offsetAt(local);
    const c = this.offsetAt(local + DAY_MS);
    const out: number[] = [];
    for (const o of a === c && b === a ? [a] : [a, b, c]) {
      const t = local - o * MINUTE_MS;
      if (this.offsetAt(t) === o && !out.includes(t)) out.push(t);
    }
    return out.sort((x, y) => x - y);
  }

  /**
   * One instant for a wall time. In an overlap, `pick` chooses the first or the
   * second occurrence. In a gap, the answer is the instant the clocks jumped
   * (the first existing instant after the missing wall time), for both picks:
   * a range "02:30–05:00" on a spring-forward day then starts at 03:00.
   */
  wallToInstant(day: number, minutes: number, pick: "earlier" | "later" = "earlier"): number {
    const all = this.wallToInstants(day, minutes);
    if (all.length > 0) return pick === "earlier" ? all[0]! : all[all.length - 1]!;
    const local = day * DAY_MS + minutes * MINUTE_MS;
    for (const t of this.transitionsIn(local - 2 * DAY_MS, local + 2 * DAY_MS)) {
      if (t.offset > t.before && t.at + t.before * MINUTE_MS <= local && local < t.at + t.offset * MINUTE_MS) {
        return t.at;
      }
    }
    /* c8 ignore next */
    return local - this.offsetAt(local) * MINUTE_MS;
  }

  /** First instant of local day `day`. */
  startOfDay(day: number): number {
    return this.wallToInstant(day, 0, "earlier");
  }
}

const clocks = new Map<string, ZoneClock>();

/** A ZoneClock for a (validated, canonicalised) zone name. */
export function zoneClock(name: string): ZoneClock {
  const zone = requireTimeZone(name);
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

// ---------------------------------------------------------------------------
// Calendar dates

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a "YYYY-MM-DD" date, or null if it is not a real date. */
export function parseDateISO(date: string): number | null {
  if (typeof date !== "string") return null;
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return Math.floor(ms / DAY_MS);
}

export function isValidDateISO(date: string): boolean {
  return parseDateISO(date) !== null;
}

export function requireDateISO(date: string, what = "date"): number {
  const day = parseDateISO(date);
  if (day === null) throw new DomainError("invalid_date", `${what} must be a real date in YYYY-MM-DD form, got "${String(date)}"`);
  return day;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()` without the Date: a 30-day slot list formats
 * about 800 instants per request, and toISOString costs ~1 µs each (more where
 * a framework wraps the Date constructor). Civil date from the day number by
 * Hinnant's days-to-civil algorithm; years outside 0000-9999 (which
 * toISOString writes with six digits) and fractional ms take the slow path.
 */
export function isoInstant(ms: number): string {
  if (!Number.isInteger(ms) || ms < -62_167_219_200_000 || ms >= 253_402_300_800_000) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(rest / HOUR_MS);
  rest -= hh * HOUR_MS;
  const mm = Math.floor(rest / MINUTE_MS);
  rest -= mm * MINUTE_MS;
  const ss = Math.floor(rest / 1000);
  const milli = rest - ss * 1000;
  const year = y < 1000 ? String(y).padStart(4, "0") : String(y);
  const millis = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${year}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}.${millis}Z`;
}

export function addDaysISO(date: string, days: number): string {
  return formatDay(requireDateISO(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeekOfDay(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export function dayOfWeekISO(date: string): number {
  return dayOfWeekOfDay(requireDateISO(date));
}

/** Day number of the Monday starting the ISO week that contains `day`. */
export function isoWeekStartDay(day: number): number {
  return day - ((dayOfWeekOfDay(day) + 6) % 7);
}

/** Seed 004 numbers weekdays 0 = Monday; the engine uses 0 = Sunday. */
export function mondayZeroToSundayZero(dayOfWeek: number): number {
  return (dayOfWeek + 1) % 7;
}

export function sundayZeroToMondayZero(dayOfWeek: number): number {
  return (dayOfWeek + 6) % 7;
}

// ---------------------------------------------------------------------------
// Wall-clock times

const HHMM_RE = /^(\d{2}):(\d{2})$/;
const HHMMSS_RE = /^(\d{2}):(\d{2}):(\d{2})$/;

/**
 * Minutes since midnight for "HH:MM" (00:00–23:59), plus "24:00" = 1440, which
 * only makes sense as an end ("until the end of the day"). Null when invalid.
 */
export function parseHHMM(text: string): number | null {
  if (typeof text !== "string") return null;
  const m = HHMM_RE.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return MINUTES_PER_DAY;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** "HH:MM:SS" (seed 004). Seconds must be 00: slots never start mid-minute. */
export function parseHHMMSS(text: string): number | null {
  if (typeof text !== "string") return null;
  const m = HHMMSS_RE.exec(text);
  if (!m) return null;
  if (m[3] !== "00") return null;
  return parseHHMM(`${m[1]}:${m[2]}`);
}

export function formatHHMM(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function formatHHMMSS(minutes: number): string {
  return `${formatHHMM(minutes)}:00`;
}

// ---------------------------------------------------------------------------
// Public conversions (Date in, Date out)

type InstantLike = Date | number;

function ms(instant: InstantLike): number {
  const v = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(v)) throw new DomainError("invalid_input", "invalid instant");
  return v;
}

/** All instants at which the wall clock in `zone` reads `minutes` on `date`. */
export function wallTimeToInstants(date: string, minutes: number, zone: string): Date[] {
  return zoneClock(zone)
    .wallToInstants(requireDateISO(date), minutes)
    .map((t) => new Date(t));
}

/**
 * The instant of a wall time. Overlap: `pick` ("earlier" by default).
 * Gap: the instant the clocks jumped (see ZoneClock.wallToInstant).
 */
export function wallTimeToInstant(
  date: string,
  minutes: number,
  zone: string,
  pick: "earlier" | "later" = "earlier",
): Date {
  return new Date(zoneClock(zone).wallToInstant(requireDateISO(date), minutes, pick));
}

/** "YYYY-MM-DD" of an instant in `zone`. */
export function zonedDate(instant: InstantLike, zone: string): string {
  return formatDay(zoneClock(zone).dayOf(ms(instant)));
}

/** Minutes since local midnight of an instant in `zone`. */
export function zonedMinutes(instant: InstantLike, zone: string): number {
  return zoneClock(zone).minutesOf(ms(instant));
}

/** Day of week (0 = Sunday) of an instant in `zone`. */
export function zonedDayOfWeek(instant: InstantLike, zone: string): number {
  return dayOfWeekOfDay(zoneClock(zone).dayOf(ms(instant)));
}

/** UTC offset in minutes of `zone` at `instant`. */
export function zoneOffsetMinutes(instant: InstantLike, zone: string): number {
  return zoneClock(zone).offsetAt(ms(instant));
}

/** First instant of `date` in `zone` (not always 00:00: some zones skip midnight). */
export function startOfZonedDay(date: string, zone: string): Date {
  return new Date(zoneClock(zone).startOfDay(requireDateISO(date)));
}

/** Format an instant in a zone with a date-fns pattern, e.g. "yyyy-MM-dd HH:mm". */
export function formatInZone(instant: InstantLike, zone: string, pattern: string): string {
  return format(new Date(ms(instant)), pattern, { in: tz(requireTimeZone(zone)) });
}
