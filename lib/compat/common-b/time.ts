// Date-time input and output in the forms the seed documents use.
import { isValidDateISO, wallTimeToInstant, zonedDate, zonedMinutes, formatHHMM } from "@/lib/domain";

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParsedDateTime {
  /** The instant; for a text without a zone, read as wall time in `naiveZone`. */
  instant: Date;
  /** True when the text carried no zone (Z or offset). */
  naive: boolean;
  /** True when the text was a date only. */
  dateOnly: boolean;
}

/**
 * ISO-8601 date, date-time with Z or an offset, or a date-time without a zone
 * (read as wall time in `naiveZone`). Null when not a real calendar date-time.
 */
export function parseDateTime(text: unknown, naiveZone = "UTC"): ParsedDateTime | null {
  if (typeof text !== "string" || text.length > 40) return null;
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return null;
  const [, date = "", hh, mm, ss, frac, zone] = m;
  if (!isValidDateISO(date)) return null;
  const h = hh === undefined ? 0 : Number(hh);
  const min = mm === undefined ? 0 : Number(mm);
  const s = ss === undefined ? 0 : Number(ss);
  if (h > 23 || min > 59 || s > 59) return null;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const dateOnly = hh === undefined;
  if (zone) {
    let offset = 0;
    if (zone.toUpperCase() !== "Z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) return null;
      offset = sign * (oh * 60 + om);
    }
    const utc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h, min, s, ms) - offset * 60_000;
    return { instant: new Date(utc), naive: false, dateOnly };
  }
  const base = wallTimeToInstant(date, h * 60 + min, naiveZone);
  return { instant: new Date(base.getTime() + s * 1000 + ms), naive: true, dateOnly };
}

/** True when the text has no Z or offset (so it needs a zone to mean an instant). */
export function isNaiveDateTime(text: unknown): boolean {
  if (typeof text !== "string") return false;
  const m = DATE_TIME_RE.exec(text.trim());
  return Boolean(m && !m[6]);
}

/** "2025-11-15T14:00:00Z": UTC, whole seconds (FastAPI / DRF rendering). */
export function isoSecondsZ(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** "2025-01-15T09:00:00": wall time in `zone`, no zone suffix. */
export function localDateTime(d: Date, zone: string): string {
  const minutes = zonedMinutes(d, zone);
  const seconds = Math.floor((d.getTime() % 60_000 + 60_000) % 60_000 / 1000);
  return `${zonedDate(d, zone)}T${formatHHMM(minutes)}:${String(seconds).padStart(2, "0")}`;
}

/** "09:00": wall time in `zone`. */
export function localHHMM(d: Date, zone: string): string {
  return formatHHMM(zonedMinutes(d, zone));
}
