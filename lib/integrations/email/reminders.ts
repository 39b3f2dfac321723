// When the reminder mails go out, and whether one still should. Pure: the
// planner (reminder-jobs.ts) and the executor share these rules, and the
// property tests in reminders.test.ts pin them down.
import type { Recipient } from "./templates";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface ReminderSpec {
  /** IntegrationJob.kind. Sorted by kind, the earlier reminder comes first (the claim orders a booking's jobs by kind). */
  kind: "reminder.day_before" | "reminder.hour_before";
  /** MailMessage.kind. */
  mailKind: "reminder_24h" | "reminder_1h";
  offsetMs: number;
  /** "in 24 hours", for the subject and the text. */
  label: string;
}

export const REMINDERS: readonly ReminderSpec[] = [
  { kind: "reminder.day_before", mailKind: "reminder_24h", offsetMs: 24 * HOUR, label: "in 24 hours" },
  { kind: "reminder.hour_before", mailKind: "reminder_1h", offsetMs: HOUR, label: "in 1 hour" },
];

export const reminderSpec = (kind: string) => REMINDERS.find((r) => r.kind === kind);

export const isReminderKind = (kind: string) => REMINDERS.some((r) => r.kind === kind);

export const reminderDueAt = (start: Date, offsetMs: number) => new Date(start.getTime() - offsetMs);

/**
 * How late a reminder may still go out (a runner that was down, a backlog):
 * a quarter of its lead time, so "in 24 hours" is never sent with less than
 * 18 hours to go and "in 1 hour" never with less than 45 minutes.
 */
export const lateMarginMs = (offsetMs: number) => offsetMs / 4;

/** Lifecycle events after which the reminders planned before no longer hold. */
export const SUPERSEDING_EVENTS: ReadonlySet<string> = new Set([
  "booking.confirmed",
  "booking.rescheduled",
  "booking.cancelled",
  "booking.declined",
  "booking.started",
  "booking.completed",
  "booking.no_show",
]);

export interface ReminderBooking {
  status: string;
  startAt: Date | null;
  clientId: string | null;
}

export interface PlannedReminder {
  kind: ReminderSpec["kind"];
  /** The start the reminder is for: the executor skips it if the booking has moved since. */
  payload: { to: Recipient[]; start: string };
  runAt: Date;
  skipReason?: string;
}

/** A confirmed booking with a time gets both reminders, each due `offset` before the start. */
export function planReminders(type: string, booking: ReminderBooking, now: Date): PlannedReminder[] {
  if (type !== "booking.confirmed" && type !== "booking.rescheduled") return [];
  if (booking.status !== "confirmed" || !booking.startAt) return [];
  const to: Recipient[] = booking.clientId ? ["client", "host"] : ["host"];
  const start = booking.startAt;
  return REMINDERS.map((spec) => {
    const due = reminderDueAt(start, spec.offsetMs);
    const planned: PlannedReminder = { kind: spec.kind, payload: { to, start: start.toISOString() }, runAt: due };
    // Confirmed with less lead time than the reminder's: the confirmation mail says it all.
    if (due.getTime() <= now.getTime()) return { ...planned, runAt: now, skipReason: `Confirmed less than ${spec.label.replace(/^in /, "")} ahead: no reminder.` };
    return planned;
  });
}

export type ReminderVerdict = { send: true } | { send: false; reason: string };

/** At run time, against the booking as it is now. */
export function reminderVerdict(input: { now: Date; plannedStart: string; status: string; currentStart: Date | null; offsetMs: number }): ReminderVerdict {
  const { now, status, currentStart, offsetMs } = input;
  if (status !== "confirmed") return { send: false, reason: `The booking is ${status}.` };
  const planned = Date.parse(input.plannedStart);
  if (!currentStart || Number.isNaN(planned) || currentStart.getTime() !== planned) return { send: false, reason: "The booking has moved since this reminder was planned." };
  if (now.getTime() >= currentStart.getTime()) return { send: false, reason: "The session has already begun." };
  const due = reminderDueAt(currentStart, offsetMs).getTime();
  if (now.getTime() - due > lateMarginMs(offsetMs)) return { send: false, reason: "Too late: the reminder time has passed." };
  return { send: true };
}
