// Deterministic formatting in a given zone (the same text on the server and in
// the browser, so hydration never disagrees): wall-clock maths from the
// scheduling engine, names from fixed tables, 24-hour times.
import { addDaysISO, dayOfWeekISO, parseHHMM, wallTimeToInstant, zonedDate, zonedMinutes } from "@/lib/domain/time";

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAYS_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** 570 -> "09:30"; 1440 -> "24:00". */
export function hhmm(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function timeIn(iso: string | Date, zone: string): string {
  return hhmm(Math.floor(zonedMinutes(new Date(iso), zone)));
}

export function dateIn(iso: string | Date, zone: string): string {
  return zonedDate(new Date(iso), zone);
}

function parts(date: string) {
  const [y, m, d] = date.split("-").map(Number);
  return { year: y ?? 1970, month: (m ?? 1) - 1, day: d ?? 1, dow: dayOfWeekISO(date) };
}

/** "2026-03-02" -> "Mon 2 Mar". */
export function shortDate(date: string): string {
  const p = parts(date);
  return `${WEEKDAYS_SHORT[p.dow]} ${p.day} ${MONTHS_SHORT[p.month]}`;
}

/** "2026-03-02" -> "Monday 2 March 2026". */
export function longDate(date: string, withYear = true): string {
  const p = parts(date);
  return `${WEEKDAYS[p.dow]} ${p.day} ${MONTHS[p.month]}${withYear ? ` ${p.year}` : ""}`;
}

/** "2 Mar" or "2 Mar 2027" when not in `currentYear`. */
export function dayMonth(date: string, currentYear?: number): string {
  const p = parts(date);
  return `${p.day} ${MONTHS_SHORT[p.month]}${currentYear !== undefined && p.year !== currentYear ? ` ${p.year}` : ""}`;
}

/** "Mon 2 Mar, 09:30" in `zone`. */
export function dateTimeIn(iso: string | Date, zone: string): string {
  return `${shortDate(dateIn(iso, zone))}, ${timeIn(iso, zone)}`;
}

/** "09:30–10:30" in `zone`. */
export function timeRangeIn(start: string | Date, end: string | Date, zone: string): string {
  return `${timeIn(start, zone)}–${timeIn(end, zone)}`;
}

export function relativeDayLabel(date: string, today: string): string | null {
  if (date === today) return "Today";
  if (date === addDaysISO(today, 1)) return "Tomorrow";
  if (date === addDaysISO(today, -1)) return "Yesterday";
  return null;
}

/** 90 -> "1 h 30 min". */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function money(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2 }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** "50", "50.5", "50.00" -> 5000 cents; null when not a price. */
export function parsePrice(text: string): number | null {
  const t = text.trim().replace(/,/g, "");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ""] = t.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

export function priceText(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** A `datetime-local` value ("2026-03-02T09:30") read as wall time in `zone`. */
export function localInputToInstant(value: string, zone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match) return null;
  const minutes = parseHHMM(match[2] ?? "");
  if (minutes === null) return null;
  try {
    return wallTimeToInstant(match[1] ?? "", minutes, zone);
  } catch {
    return null;
  }
}

/** The `datetime-local` value of an instant in `zone`. */
export function instantToLocalInput(iso: string | Date, zone: string): string {
  return `${dateIn(iso, zone)}T${timeIn(iso, zone)}`;
}

export const SESSION_TYPE_LABELS: Record<string, string> = {
  video: "Video call",
  audio: "Audio call",
  chat: "Chat",
  email: "Email",
  in_person: "In person",
};

export const STATUS_LABELS: Record<string, { label: string; tone: string }> = {
  draft: { label: "Draft", tone: "badge" },
  pending_payment: { label: "Awaiting payment", tone: "badge badge--warning" },
  pending: { label: "Pending", tone: "badge badge--warning" },
  confirmed: { label: "Confirmed", tone: "badge badge--success" },
  in_progress: { label: "In progress", tone: "badge badge--brand" },
  completed: { label: "Completed", tone: "badge" },
  cancelled: { label: "Cancelled", tone: "badge badge--danger" },
  declined: { label: "Declined", tone: "badge badge--danger" },
  no_show: { label: "No-show", tone: "badge badge--danger" },
};

export function statusMeta(status: string) {
  return STATUS_LABELS[status] ?? { label: status, tone: "badge" };
}
