// Calendar arithmetic and display helpers. Pure and zone-explicit: nothing here
// reads the process (server) or browser zone, so server and client components
// render the same text. Calendar dates are "YYYY-MM-DD", months "YYYY-MM".
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { canonicalTimeZone } from "@/lib/domain/time";

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

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return format(new TZDate(now, zone), "yyyy-MM-dd");
}

/** The date of an instant in `zone`. */
export function dateInZone(instant: string | Date, zone: string): string {
  return format(new TZDate(new Date(instant), zone), "yyyy-MM-dd");
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

const dateFmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options });
const LONG_DATE = dateFmt({ weekday: "long", day: "numeric", month: "long" });
const LONG_DATE_YEAR = dateFmt({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const SHORT_DATE = dateFmt({ weekday: "short", day: "numeric", month: "short" });
const MONTH_TITLE = dateFmt({ month: "long", year: "numeric" });
const MONTH_NAME = dateFmt({ month: "long" });

/** "Friday 4 December" (calendar date, no zone involved). */
export const formatLongDate = (date: string, withYear = false) => (withYear ? LONG_DATE_YEAR : LONG_DATE).format(utcDate(date));
/** "Fri 4 Dec". */
export const formatShortDate = (date: string) => SHORT_DATE.format(utcDate(date));
/** "December 2026". */
export const formatMonth = (month: string) => MONTH_TITLE.format(utcDate(firstOfMonth(month)));
/** "December". */
export const formatMonthName = (month: string) => MONTH_NAME.format(utcDate(firstOfMonth(month)));

/** "09:30" (or "9:30 am" with hour12) of an instant in `zone`. */
export function formatTime(instant: string | Date, zone: string, hour12 = false): string {
  const d = new TZDate(new Date(instant), zone);
  return hour12 ? format(d, "h:mm aaa") : format(d, "HH:mm");
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
