// Calendar arithmetic and display helpers. Pure and zone-explicit: nothing here
// reads the process (server) or browser zone, so server and client components
// render the same text. Calendar dates are "YYYY-MM-DD", months "YYYY-MM".
// Intl only, with its formatters built on first use and cached: this module is
// in the host page's first bundle, where a date library and eagerly built
// formatters cost hydration time on a phone (docs/decisions/013).
import { canonicalTimeZone } from "@/lib/domain/zone-name";

export interface Slot {
  start: string;
  end: string;
  durations: number[];
}

const DAY_MS = 86_400_000;

/** A calendar date as a UTC-midnight Date: safe for weekday/month arithmetic. */
function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function isDate(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcDate(value).getTime()) && iso(utcDate(value)) === value;
}

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** A zone name the engine accepts, in its canonical spelling, or null. */
export function validZone(value: unknown): string | null {
  return typeof value === "string" ? canonicalTimeZone(value) : null;
}

/** One formatter per key, built on first use (building one costs far more than using it). */
function cachedFormatter(cache: Map<string, Intl.DateTimeFormat>, key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

const partsOf = (formatter: Intl.DateTimeFormat, at: Date) => {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  return parts;
};

// One formatter per zone gives both the date and the 24-hour time of an instant.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
const hour12Formatters = new Map<string, Intl.DateTimeFormat>();
const zoneFormatter = (zone: string) =>
  cachedFormatter(zoneFormatters, zone, () =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  );

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return dateInZone(now, zone);
}

/** The date of an instant in `zone`. */
export function dateInZone(instant: string | Date, zone: string): string {
  const { year = "", month, day } = partsOf(zoneFormatter(zone), new Date(instant));
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

export const monthOf = (date: string) => date.slice(0, 7);

export function addDays(date: string, days: number): string {
  return iso(new Date(utcDate(date).getTime() + days * DAY_MS));
}

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return iso(d).slice(0, 7);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const firstOfMonth = (month: string) => `${month}-01`;
export const lastOfMonth = (month: string) => `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;

/** 0 = Monday … 6 = Sunday (weeks start on Monday). */
export function weekdayMondayFirst(date: string): number {
  return (utcDate(date).getUTCDay() + 6) % 7;
}

/** Weeks of the month, Monday first; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const total = daysInMonth(month);
  const lead = weekdayMondayFirst(firstOfMonth(month));
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= total; day += 1) cells.push(`${month}-${String(day).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export const WEEKDAYS = [
  { short: "Mo", long: "Monday" },
  { short: "Tu", long: "Tuesday" },
  { short: "We", long: "Wednesday" },
  { short: "Th", long: "Thursday" },
  { short: "Fr", long: "Friday" },
  { short: "Sa", long: "Saturday" },
  { short: "Su", long: "Sunday" },
] as const;

const calendarFormatters = new Map<string, Intl.DateTimeFormat>();
const DATE_FORMATS = {
  long: { weekday: "long", day: "numeric", month: "long" },
  longYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { weekday: "short", day: "numeric", month: "short" },
  monthTitle: { month: "long", year: "numeric" },
  monthName: { month: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFmt = (name: keyof typeof DATE_FORMATS) =>
  cachedFormatter(calendarFormatters, name, () => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...DATE_FORMATS[name] }));

/** "Friday 4 December" (calendar date, no zone involved). */
export const formatLongDate = (date: string, withYear = false) => dateFmt(withYear ? "longYear" : "long").format(utcDate(date));
/** "Fri 4 Dec". */
export const formatShortDate = (date: string) => dateFmt("short").format(utcDate(date));
/** "December 2026". */
export const formatMonth = (month: string) => dateFmt("monthTitle").format(utcDate(firstOfMonth(month)));
/** "December". */
export const formatMonthName = (month: string) => dateFmt("monthName").format(utcDate(firstOfMonth(month)));

/** "09:30" (or "9:30 am" with hour12) of an instant in `zone`. */
export function formatTime(instant: string | Date, zone: string, hour12 = false): string {
  if (!hour12) {
    const { hour, minute } = partsOf(zoneFormatter(zone), new Date(instant));
    return `${hour}:${minute}`;
  }
  const formatter = cachedFormatter(hour12Formatters, zone, () => new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit", hourCycle: "h12" }));
  const { hour, minute, dayPeriod = "" } = partsOf(formatter, new Date(instant));
  return `${hour}:${minute} ${dayPeriod.toLowerCase()}`;
}

/** "UTC+05:30" for `zone` at `at`. */
export function offsetLabel(zone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part || part === "GMT") return "UTC+00:00";
    return part.replace("GMT", "UTC").replace("-", "\u2212");
  } catch {
    return "";
  }
}

/** "Europe/London" → "London"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  const last = zone.split("/").pop() ?? zone;
  return last.replaceAll("_", " ");
}

/** "Friday 4 December 2026, 10:00–11:00" in `zone`. */
export function formatRange(start: string | Date, end: string | Date, zone: string, options: { year?: boolean; hour12?: boolean } = {}): string {
  const startDate = dateInZone(start, zone);
  const endDate = dateInZone(end, zone);
  const from = formatTime(start, zone, options.hour12);
  const to = formatTime(end, zone, options.hour12);
  const day = formatLongDate(startDate, options.year ?? true);
  if (endDate === startDate) return `${day}, ${from}\u2013${to}`;
  return `${day}, ${from} \u2013 ${formatLongDate(endDate, options.year ?? true)}, ${to}`;
}

/** "Fri 4 Dec, 09:30" in `zone`. */
export function formatShortDateTime(instant: string | Date, zone: string, hour12 = false): string {
  return `${formatShortDate(dateInZone(instant, zone))}, ${formatTime(instant, zone, hour12)}`;
}

/** Slots by their date in `zone`, each day in start order. */
export function groupSlotsByDate(slots: readonly Slot[], zone: string): Map<string, Slot[]> {
  const byDate = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = dateInZone(slot.start, zone);
    const list = byDate.get(key);
    if (list) list.push(slot);
    else byDate.set(key, [slot]);
  }
  return byDate;
}

/** "30 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** Spoken form for labels: "1 hour 30 minutes". */
export function formatDurationLong(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [];
  if (h) parts.push(`${h} hour${h === 1 ? "" : "s"}`);
  if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  return parts.join(" ") || "0 minutes";
}
