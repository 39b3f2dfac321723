// The pure parts of Idempotency-Key handling; the database protocol is covered
// by tests/integration/idempotency.test.ts.
import { describe, expect, it } from "vitest";
import { canonicalJson, parseIdempotencyKey, requestFingerprint } from "./idempotency";

describe("parseIdempotencyKey", () => {
  it.each([
    { raw: null, key: null },
    { raw: "8e03978e-40d5-43e8-bc93-6894a57f9324", key: "8e03978e-40d5-43e8-bc93-6894a57f9324" },
    { raw: '"8e03978e-40d5-43e8-bc93-6894a57f9324"', key: "8e03978e-40d5-43e8-bc93-6894a57f9324" },
    { raw: '"a \\"quoted\\" key"', key: 'a "quoted" key' },
    { raw: "k".repeat(255), key: "k".repeat(255) },
  ])("$raw -> $key", ({ raw, key }) => {
    expect(parseIdempotencyKey(raw)).toBe(key);
  });

  it.each(["", "   ", '""', "k".repeat(256), "clé", "tab\there"])("rejects %j with validation_failed", (raw) => {
    expect(() => parseIdempotencyKey(raw)).toThrow(expect.objectContaining({ code: "validation_failed" }));
  });
});

describe("request fingerprint", () => {
  it("ignores key order and whitespace but not values", () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 3 }], a: "x" })).toBe('{"a":"x","b":[1,{"c":3,"d":2}]}');
    const a = requestFingerprint("POST", "/api/v1/webhooks", JSON.parse('{ "url": "https://a.test", "events": [] }'));
    const b = requestFingerprint("post", "/api/v1/webhooks", JSON.parse('{"events":[],"url":"https://a.test"}'));
    expect(a).toBe(b);
    expect(requestFingerprint("POST", "/api/v1/webhooks", { url: "https://b.test", events: [] })).not.toBe(a);
    expect(requestFingerprint("POST", "/api/v1/other", { url: "https://a.test", events: [] })).not.toBe(a);
    // Array order is meaning, not formatting.
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});
