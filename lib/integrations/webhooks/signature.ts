// Standard Webhooks signing (https://www.standardwebhooks.com): the signed
// content is "${id}.${timestamp}.${body}", HMAC-SHA256, base64, prefixed "v1,".
import { createHmac, timingSafeEqual } from "node:crypto";
import { secretKey } from "./secret";

/** Receivers reject messages older or newer than this, against replays. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

export function sign(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const digest = createHmac("sha256", secretKey(secret)).update(`${messageId}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${digest}`;
}

export function webhookHeaders(secret: string, messageId: string, timestampSeconds: number, body: string): WebhookHeaders {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": sign(secret, messageId, timestampSeconds, body),
  };
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

export type VerifyResult = { ok: true; messageId: string; timestamp: number } | { ok: false; reason: string };

/**
 * What a receiver does with our requests. The signature header may carry
 * several space-separated signatures (secret rotation); one match is enough.
 */
export function verifyWebhook(
  secret: string,
  headers: HeaderSource,
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): VerifyResult {
  const messageId = header(headers, "webhook-id");
  const timestampText = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!messageId || !timestampText || !signatures) return { ok: false, reason: "missing webhook headers" };
  if (!/^\d+$/.test(timestampText)) return { ok: false, reason: "invalid timestamp" };
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { ok: false, reason: "timestamp outside tolerance" };
  }
  const expected = Buffer.from(sign(secret, messageId, timestamp, body).slice("v1,".length), "base64");
  for (const candidate of signatures.split(" ")) {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) continue;
    const given = Buffer.from(value, "base64");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true, messageId, timestamp };
  }
  return { ok: false, reason: "no matching signature" };
}
