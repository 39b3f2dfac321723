// A host's booking policy. Defaults mirror the HostProfile columns so a
// missing profile behaves like a fresh one.
import { DomainError } from "./errors";
import { canonicalTimeZone } from "./time";

export interface HostPolicy {
  /** IANA zone the weekly hours are written in. */
  timeZone: string;
  /** Spacing of offered starts, counted from each range's start (5–60). */
  slotIntervalMinutes: number;
  /** Session lengths a client may pick (5–480 each). */
  durationsMinutes: number[];
  /** Free time the host needs before each session. */
  bufferBeforeMinutes: number;
  /** Free time the host needs after each session. */
  bufferAfterMinutes: number;
  /** A start must be at least this far after now. */
  minNoticeMinutes: number;
  /** Starts are offered through host-local today + horizonDays (whole days). */
  horizonDays: number;
  /** Clients may not cancel a confirmed session later than this before it. */
  minCancelNoticeHours: number;
  /** New requests wait for the host (pending) rather than confirm at once. */
  requiresConfirmation: boolean;
  /** Max blocking host bookings per host-local day; null = no limit. */
  dailyBookingLimit: number | null;
  /** Max blocking host bookings per host-local ISO week; null = no limit. */
  weeklyBookingLimit: number | null;
}

export type HostPolicyInput = { timeZone: string } & {
  [K in Exclude<keyof HostPolicy, "timeZone">]?: HostPolicy[K] | undefined;
};

export const POLICY_DEFAULTS: Readonly<Omit<HostPolicy, "timeZone">> = Object.freeze({
  slotIntervalMinutes: 30,
  durationsMinutes: [30, 60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 120,
  horizonDays: 60,
  minCancelNoticeHours: 24,
  requiresConfirmation: true,
  dailyBookingLimit: null,
  weeklyBookingLimit: null,
});

export const POLICY_BOUNDS = Object.freeze({
  slotIntervalMinutes: [5, 60],
  durationMinutes: [5, 480],
  bufferMinutes: [0, 240],
  minNoticeMinutes: [0, 525_600],
  horizonDays: [1, 1000],
  minCancelNoticeHours: [0, 8760],
  bookingLimit: [1, 1000],
} as const);

export interface PolicyError {
  field: keyof HostPolicy;
  message: string;
}

function intIn(v: unknown, [lo, hi]: readonly [number, number]): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi;
}

export function isValidDuration(minutes: unknown): minutes is number {
  return intIn(minutes, POLICY_BOUNDS.durationMinutes);
}

/** Defaults applied, then checked. */
export function validatePolicy(input: HostPolicyInput): { ok: true; policy: HostPolicy } | { ok: false; errors: PolicyError[] } {
  const p: HostPolicy = {
    timeZone: input.timeZone,
    slotIntervalMinutes: input.slotIntervalMinutes ?? POLICY_DEFAULTS.slotIntervalMinutes,
    durationsMinutes: input.durationsMinutes ?? [...POLICY_DEFAULTS.durationsMinutes],
    bufferBeforeMinutes: input.bufferBeforeMinutes ?? POLICY_DEFAULTS.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes ?? POLICY_DEFAULTS.bufferAfterMinutes,
    minNoticeMinutes: input.minNoticeMinutes ?? POLICY_DEFAULTS.minNoticeMinutes,
    horizonDays: input.horizonDays ?? POLICY_DEFAULTS.horizonDays,
    minCancelNoticeHours: input.minCancelNoticeHours ?? POLICY_DEFAULTS.minCancelNoticeHours,
    requiresConfirmation: input.requiresConfirmation ?? POLICY_DEFAULTS.requiresConfirmation,
    dailyBookingLimit: input.dailyBookingLimit ?? null,
    weeklyBookingLimit: input.weeklyBookingLimit ?? null,
  };
  const errors: PolicyError[] = [];
  const zone = canonicalTimeZone(p.timeZone);
  if (zone === null) errors.push({ field: "timeZone", message: `unknown time zone "${String(p.timeZone)}"` });
  else p.timeZone = zone;
  const b = POLICY_BOUNDS;
  if (!intIn(p.slotIntervalMinutes, b.slotIntervalMinutes)) {
    errors.push({ field: "slotIntervalMinutes", message: "slot interval must be a whole number of minutes from 5 to 60" });
  }
  if (!Array.isArray(p.durationsMinutes) || p.durationsMinutes.length === 0 || p.durationsMinutes.length > 24) {
    errors.push({ field: "durationsMinutes", message: "give between 1 and 24 durations" });
  } else if (!p.durationsMinutes.every(isValidDuration)) {
    errors.push({ field: "durationsMinutes", message: "each duration must be a whole number of minutes from 5 to 480" });
  } else {
    p.durationsMinutes = [...new Set(p.durationsMinutes)].sort((x, y) => x - y);
  }
  if (!intIn(p.bufferBeforeMinutes, b.bufferMinutes)) {
    errors.push({ field: "bufferBeforeMinutes", message: "buffer before must be a whole number of minutes from 0 to 240" });
  }
  if (!intIn(p.bufferAfterMinutes, b.bufferMinutes)) {
    errors.push({ field: "bufferAfterMinutes", message: "buffer after must be a whole number of minutes from 0 to 240" });
  }
  if (!intIn(p.minNoticeMinutes, b.minNoticeMinutes)) {
    errors.push({ field: "minNoticeMinutes", message: "minimum notice must be a whole number of minutes from 0 to 525600 (a year)" });
  }
  if (!intIn(p.horizonDays, b.horizonDays)) {
    errors.push({ field: "horizonDays", message: "horizon must be a whole number of days from 1 to 1000" });
  }
  if (!intIn(p.minCancelNoticeHours, b.minCancelNoticeHours)) {
    errors.push({ field: "minCancelNoticeHours", message: "cancellation notice must be a whole number of hours from 0 to 8760" });
  }
  if (typeof p.requiresConfirmation !== "boolean") {
    errors.push({ field: "requiresConfirmation", message: "requiresConfirmation must be true or false" });
  }
  if (p.dailyBookingLimit !== null && !intIn(p.dailyBookingLimit, b.bookingLimit)) {
    errors.push({ field: "dailyBookingLimit", message: "daily limit must be empty or a whole number from 1 to 1000" });
  }
  if (p.weeklyBookingLimit !== null && !intIn(p.weeklyBookingLimit, b.bookingLimit)) {
    errors.push({ field: "weeklyBookingLimit", message: "weekly limit must be empty or a whole number from 1 to 1000" });
  }
  return errors.length === 0 ? { ok: true, policy: p } : { ok: false, errors };
}

/** Resolved policy, or a DomainError listing every problem. */
export function resolvePolicy(input: HostPolicyInput): HostPolicy {
  const r = validatePolicy(input);
  if (!r.ok) {
    const code = r.errors.every((e) => e.field === "timeZone") ? "invalid_time_zone" : "invalid_policy";
    throw new DomainError(code, r.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
  }
  return r.policy;
}
