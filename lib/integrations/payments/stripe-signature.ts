// Stripe-Signature: "t=<unix seconds>,v1=<hex>[,v1=<hex>...]", where each v1
// is HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint's signing secret.
// Several v1 values appear while a secret is being rolled; one match is enough.
import { createHmac, timingSafeEqual } from "node:crypto";

export const STRIPE_TOLERANCE_SECONDS = 5 * 60;

export function stripeSignature(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** What Stripe sends: for tests and fake servers. */
export function stripeSignatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${stripeSignature(secret, timestamp, body)}`;
}

export type StripeVerifyResult = { ok: true; timestamp: number } | { ok: false; reason: string };

export function verifyStripeSignature(
  secret: string,
  header: string | null,
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): StripeVerifyResult {
  if (!header) return { ok: false, reason: "missing Stripe-Signature header" };
  let timestamp: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t" && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === "v1") candidates.push(value);
  }
  if (timestamp === null) return { ok: false, reason: "no timestamp in Stripe-Signature" };
  if (candidates.length === 0) return { ok: false, reason: "no v1 signature in Stripe-Signature" };
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? STRIPE_TOLERANCE_SECONDS)) {
    return { ok: false, reason: "timestamp outside the tolerance" };
  }
  const expected = Buffer.from(stripeSignature(secret, timestamp, body), "hex");
  for (const candidate of candidates) {
    const given = Buffer.from(candidate, "hex");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true, timestamp };
  }
  return { ok: false, reason: "no matching signature" };
}
