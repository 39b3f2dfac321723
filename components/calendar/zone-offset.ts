// A zone's UTC offset at an instant, which is all the calendar needs from the time zone database:
// dates, times and offset labels are arithmetic on it (dates.ts).
//
// Where the browser has Temporal (Chrome 144+, Firefox 139+) the offset comes from there, in well
// under a millisecond. Intl is the fallback (the server, older browsers): the first
// Intl.DateTimeFormat a page builds makes ICU load its locale data, 20–70 ms on a desktop core and
// four times that on a phone, in one task nothing can split. On the host page that task was the
// largest piece of total blocking time left after the framework's own start-up
// (docs/decisions/018-no-icu-on-the-load-path.md).

interface ZonedLike {
  offsetNanoseconds: number;
  timeZoneId: string;
  equals(other: ZonedLike): boolean;
}
interface TemporalLike {
  Now: { timeZoneId(): string };
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): ZonedLike } };
}

/** Read at call time: tests install a stand-in, and Node has none. */
const temporal = () => (globalThis as { Temporal?: TemporalLike }).Temporal;

const MINUTE_MS = 60_000;
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function intlOffsetMs(zone: string, ms: number): number {
  let formatter = wallFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" });
    wallFormatters.set(zone, formatter);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(ms)) parts[part.type] = part.value;
  const wall = new Date(0);
  wall.setUTCFullYear(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute));
  // The formatter has no seconds: compare whole minutes.
  return wall.getTime() - Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `zone`. Throws on an unknown zone. */
export function zoneOffsetMs(zone: string, ms: number): number {
  const t = temporal();
  if (t) return Math.round(t.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6);
  return intlOffsetMs(zone, ms);
}

/**
 * `name` as Temporal resolves it (case normalised, aliases kept as given), null when it is no
 * zone, or undefined without Temporal. Trimmed and shape-checked by the caller.
 */
export function temporalZoneId(name: string): string | null | undefined {
  const t = temporal();
  if (!t) return undefined;
  try {
    const id = t.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(name).timeZoneId;
    return /^[A-Za-z]/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** The browser's own zone (an IANA name), or null. */
export function browserZone(): string | null {
  try {
    const t = temporal();
    const zone = t ? t.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Offset-only answers ("+05:30") carry no DST rules: not a zone we show.
    return zone && /^[A-Za-z]/.test(zone) ? zone : null;
  } catch {
    return null;
  }
}

/**
 * Whether two names are the same zone ("Asia/Calcutta" and "Asia/Kolkata" are). Without Temporal,
 * only identical names are: telling aliases apart would take the Intl data this module avoids.
 */
export function sameZone(a: string, b: string): boolean {
  if (a === b) return true;
  const t = temporal();
  if (!t) return false;
  try {
    const at = t.Instant.fromEpochMilliseconds(0);
    return at.toZonedDateTimeISO(a).equals(at.toZonedDateTimeISO(b));
  } catch {
    return false;
  }
}
