// Standard Webhooks / Svix schedule, stretched to about three days so that an
// endpoint down for a long weekend still catches up. Index i is the wait after
// the (i + 1)-th failed attempt; once it runs out the delivery is dead.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
  10 * HOUR,
  10 * HOUR,
  10 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** First attempt plus every retry: about 77.6 hours from first to last. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** ±10 %: spreads the retries of a burst that failed together. */
const JITTER = 0.1;

/**
 * Wait before the next attempt after `attempts` failed ones, or null when the
 * delivery should be given up. `random` is injectable so tests get exact times.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_MS[attempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (1 + (random() * 2 - 1) * JITTER));
}
