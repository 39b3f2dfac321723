// Wall-clock helpers for the seed: weekly rules are "HH:MM" in the host's zone.
import { TZDate } from "@date-fns/tz";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A calendar date (no zone): month is 1-based. */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  const t = new TZDate(instant.getTime(), zone);
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const u = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

/** The value to store in a @db.Date column. */
export function dateColumn(date: LocalDate): Date {
  return new Date(Date.UTC(date.y, date.m - 1, date.d));
}

export function dateKey(date: LocalDate): string {
  return `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

/** The instant of a wall time (minutes since midnight) on a date in a zone. */
export function wallToInstant(zone: string, date: LocalDate, minutes: number): Date {
  const t = new TZDate(date.y, date.m - 1, date.d, Math.floor(minutes / 60), minutes % 60, 0, zone);
  return new Date(t.getTime());
}

/** Wall-clock view of an instant in a zone. */
export function wallOf(instant: Date, zone: string): { date: LocalDate; dow: number; minutes: number } {
  const t = new TZDate(instant.getTime(), zone);
  return {
    date: { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() },
    dow: t.getDay(),
    minutes: t.getHours() * 60 + t.getMinutes(),
  };
}
