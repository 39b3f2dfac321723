// Calendar tokens at rest: AES-256-GCM, stored as "iv.tag.data" (base64url),
// with the key from CALENDAR_TOKEN_KEY (32 bytes, base64).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** The key, or null when CALENDAR_TOKEN_KEY is unset or not 32 bytes of base64. */
export function tokenKey(raw = process.env.CALENDAR_TOKEN_KEY): Buffer | null {
  const text = raw?.trim();
  if (!text) return null;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  const key = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return key.length === 32 ? key : null;
}

export function encryptToken(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

/** Throws when the value was not sealed with this key or was altered. */
export function decryptToken(sealed: string, key: Buffer): string {
  const [iv, tag, data] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !data || iv.length !== 12 || tag.length !== 16) throw new Error("malformed sealed token");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

/** PKCE (RFC 7636): a random verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function randomState(): string {
  return randomBytes(32).toString("base64url");
}
