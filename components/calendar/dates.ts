// Calendar arithmetic and display helpers. Pure and zone-explicit: nothing here
// reads the process (server) or browser zone, so server and client components
// render the same text. Calendar dates are "YYYY-MM-DD", months "YYYY-MM".
// No date library and no Intl formatter: everything is arithmetic on a zone's
// offset (zone-offset.ts), because this module runs in the host page's
// hydration on a phone (docs/decisions/013 and 018).
import { canonicalTimeZone, looksLikeZoneName, preferredZoneName } from "@/lib/domain/zone-name";
import { temporalZoneId, zoneOffsetMs } from "./zone-offset";

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
  if (typeof value !== "string") return null;
  const name = value.trim();
  // In a browser with Temporal, without building an Intl formatter (zone-offset.ts); the server
  // canonicalises whatever the browser sends, aliases included.
  const resolved = looksLikeZoneName(name) ? temporalZoneId(name) : null;
  if (resolved === undefined) return canonicalTimeZone(value);
  return resolved === null ? null : preferredZoneName(resolved);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The wall-clock time of an instant in `zone`, as the UTC fields of a Date. */
function wallClock(instant: string | Date, zone: string): Date {
  const ms = new Date(instant).getTime();
  return new Date(ms + zoneOffsetMs(zone, ms));
}

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return dateInZone(now, zone);
}

/** The date of an instant in `zone`. */
export function dateInZone(instant: string | Date, zone: string): string {
  return iso(wallClock(instant, zone));
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

// English names as Intl's en-GB spells them ("Sept" included), kept here so that the server and
// every browser render the same text without building a formatter (zone-offset.ts says why).
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

function calendarParts(date: string) {
  const d = utcDate(date);
  const weekday = WEEKDAY_NAMES[d.getUTCDay()] ?? "";
  return { weekday, day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear() };
}

/** "Friday 4 December", or "Friday, 4 December 2026" (calendar date, no zone involved). */
export function formatLongDate(date: string, withYear = false): string {
  const { weekday, day, month, year } = calendarParts(date);
  return withYear ? `${weekday}, ${day} ${MONTH_NAMES[month]} ${year}` : `${weekday} ${day} ${MONTH_NAMES[month]}`;
}
/** "Fri 4 Dec". */
export function formatShortDate(date: string): string {
  const { weekday, day, month } = calendarParts(date);
  return `${weekday.slice(0, 3)} ${day} ${MONTH_SHORT[month]}`;
}
/** "December 2026". */
export const formatMonth = (month: string) => `${formatMonthName(month)} ${Number(month.slice(0, 4))}`;
/** "December". */
export const formatMonthName = (month: string) => MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? "";

/** "09:30" (or "9:30 am" with hour12) of an instant in `zone`. */
export function formatTime(instant: string | Date, zone: string, hour12 = false): string {
  const wall = wallClock(instant, zone);
  const hour = wall.getUTCHours();
  const minute = pad2(wall.getUTCMinutes());
  return hour12 ? `${hour % 12 || 12}:${minute} ${hour < 12 ? "am" : "pm"}` : `${pad2(hour)}:${minute}`;
}

/** "UTC+05:30" for `zone` at `at` ("" for an unknown zone). */
export function offsetLabel(zone: string, at: Date = new Date()): string {
  let minutes: number;
  try {
    minutes = Math.round(zoneOffsetMs(zone, at.getTime()) / 60_000);
  } catch {
    return "";
  }
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? "\u2212" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
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
