// Standard Webhooks secrets: "whsec_" + base64 of random bytes. The HMAC key is
// the decoded bytes, not the string, so every Standard Webhooks library on the
// receiving side verifies our signatures unchanged.
import { randomBytes } from "node:crypto";

const PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

export function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0) throw new Error("Empty webhook secret.");
  return key;
}

/** Enough to tell two secrets apart in a list, useless to an attacker. */
export function maskSecret(secret: string): string {
  return `${PREFIX}…${secret.slice(-4)}`;
}
