// Value formats shared by the Django REST Framework dialects (seeds 000, 001, and
// whoever needs them next). Pure functions: no I/O.
import { z } from "zod";
import { dateSchema } from "@/lib/server/bookings/schemas";

/** ISO-8601 UTC without milliseconds, as DRF renders a DateTimeField: "2025-10-15T14:30:00Z". */
export function isoSeconds(d: Date): string;
export function isoSeconds(d: Date | null): string | null;
export function isoSeconds(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
}

/** "HH:MM:SS" of an instant in UTC. */
export function utcTimeOfDay(d: Date): string;
export function utcTimeOfDay(d: Date | null): string | null;
export function utcTimeOfDay(d: Date | null): string | null {
  return d ? d.toISOString().slice(11, 19) : null;
}

/** Integer cents as a DRF DecimalField string with two places: 5000 -> "50.00", -5 -> "-0.05". */
export function decimalFromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const INT_RE = /^[0-9]{1,10}$/;

/** A positive 32-bit integer id from a path segment or query value, or null. */
export function parseIntegerId(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : null;
  if (typeof value !== "string" || !INT_RE.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}

/** Query values as a flat list: repeated keys and comma-separated values both count. */
export function multiValues(url: URL, key: string): string[] {
  const out: string[] = [];
  for (const raw of url.searchParams.getAll(key)) {
    for (const part of raw.split(",")) {
      const value = part.trim();
      if (value && !out.includes(value)) out.push(value);
    }
  }
  return out;
}

/** The last non-empty value of a query key (Django's QueryDict.get), or undefined. */
export function singleValue(url: URL, key: string): string | undefined {
  const values = url.searchParams.getAll(key).filter((v) => v !== "");
  return values.length ? values[values.length - 1] : undefined;
}

/**
 * A "YYYY-MM-DD" date as zod: the format first, then the core's calendar check
 * (one message per mistake, not two).
 */
export function dateField(formatMessage: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? "This field is required." : formatMessage) }).regex(/^\d{4}-\d{2}-\d{2}$/, formatMessage).pipe(dateSchema);
}

/** django-filter's BooleanFilter words; undefined for anything else. */
export function parseBooleanWord(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === "true" || v === "1" || v === "yes") return true;
  if (v === "false" || v === "0" || v === "no") return false;
  return undefined;
}
