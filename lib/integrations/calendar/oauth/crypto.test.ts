import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptToken, encryptToken, pkcePair, tokenKey } from "./crypto";

const KEY = Buffer.alloc(32, 1);

describe("calendar token sealing", () => {
  it("round-trips with a fresh IV each time", () => {
    const a = encryptToken("ya29.secret", KEY);
    const b = encryptToken("ya29.secret", KEY);
    expect(a).not.toBe(b);
    expect(a).not.toContain("secret");
    expect(decryptToken(a, KEY)).toBe("ya29.secret");
  });

  it("refuses a tampered value or another key", () => {
    const sealed = encryptToken("token", KEY);
    const [iv, tag, data] = sealed.split(".");
    const flipped = Buffer.from(data!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptToken(`${iv}.${tag}.${flipped.toString("base64url")}`, KEY)).toThrow();
    expect(() => decryptToken(sealed, Buffer.alloc(32, 2))).toThrow();
    expect(() => decryptToken("garbage", KEY)).toThrow();
  });

  it("takes the key from base64 of exactly 32 bytes", () => {
    expect(tokenKey(KEY.toString("base64"))).toEqual(KEY);
    expect(tokenKey(KEY.toString("base64url"))).toEqual(KEY);
    expect(tokenKey(Buffer.alloc(16).toString("base64"))).toBeNull();
    expect(tokenKey("not base64!")).toBeNull();
    expect(tokenKey(undefined)).toBeNull();
    expect(tokenKey("")).toBeNull();
  });

  it("PKCE: S256 challenge of a 43-character verifier", () => {
    const { verifier, challenge } = pkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash("sha256").update(verifier).digest("base64url"));
  });
});
