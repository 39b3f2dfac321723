// The side effects the runner knows, and how patiently each is retried. A job
// that runs out of attempts is dead: visible, never silently dropped.
export const JOB_KINDS = [
  "video.create",
  "video.update",
  "video.delete",
  "email.notify",
  "payment.checkout",
  "payment.refund",
  "payment.expire_checkout",
  "reminder.day_before",
  "reminder.hour_before",
  "calendar.create",
  "calendar.update",
  "calendar.delete",
] as const;

export type JobKind = (typeof JOB_KINDS)[number];

export function isJobKind(value: string): value is JobKind {
  return (JOB_KINDS as readonly string[]).includes(value);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

// Index i is the wait after the (i + 1)-th failed attempt.
const DEFAULT_DELAYS = [10 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR];

const DELAYS: Partial<Record<JobKind, readonly number[]>> = {
  // The client is waiting at the checkout step and the slot is held: give up
  // within minutes and release the slot rather than hold it for a day.
  "payment.checkout": [5 * SECOND, 30 * SECOND, 2 * MINUTE, 5 * MINUTE],
  // A session needs its link before it starts: after about four hours the
  // booking falls back to a Jitsi room (see video-jobs.ts).
  "video.create": [30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR],
  // A reminder is worth sending only close to its time (see email/reminders.ts).
  "reminder.day_before": [MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR, 2 * HOUR],
  "reminder.hour_before": [30 * SECOND, 2 * MINUTE, 5 * MINUTE],
};

export function retryDelays(kind: string): readonly number[] {
  return (isJobKind(kind) ? DELAYS[kind] : undefined) ?? DEFAULT_DELAYS;
}

/** ±10 %: spreads the retries of a burst that failed together. */
const JITTER = 0.1;

/** Wait before the next attempt after `attempts` failed ones; null: give up. */
export function retryDelayMs(kind: string, attempts: number, random: () => number = Math.random): number | null {
  const base = retryDelays(kind)[attempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (1 + (random() * 2 - 1) * JITTER));
}

export function maxAttempts(kind: string): number {
  return retryDelays(kind).length + 1;
}
