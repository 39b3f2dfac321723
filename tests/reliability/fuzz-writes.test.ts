// Property-based fuzzing of every write endpoint (POST/PUT/PATCH/DELETE of
// /api/v1 and the compat APIs): the valid body of its matrix row, mutated into
// wrong types, huge strings, invalid dates and zones, negative durations,
// unknown fields, SQL and HTML payloads, hostile JSON and malformed bodies.
// Whatever comes in, the answer is never a 5xx; an error has the dialect's
// shape; and a refused request leaves the database exactly as it was (digest
// of every table before and after: tests/support/db-digest.ts).
//
// Deterministic in CI: FUZZ_SEED (printed) and FUZZ_RUNS (runs per endpoint).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { databaseDigest } from "../support/db-digest";
import { ENDPOINTS, type Endpoint } from "./support/endpoints";
import { expectErrorShape, resolvePath, send } from "./support/http";
import { configureProvidersForTests } from "./support/providers";
import { ACTORS, buildWorld, Cell, tokenOf, type ActorName, type World } from "./support/world";

configureProvidersForTests();
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
console.log(`[fuzz] seed=${SEED} runs per endpoint=${RUNS} (FUZZ_SEED / FUZZ_RUNS to change)`);

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const WRITES = ENDPOINTS.filter((e) => e.method !== "GET");

/** The caller the row lets through (falls back on the owning client for rows nobody passes). */
function callerOf(endpoint: Endpoint): ActorName {
  const preference: ActorName[] = ["ownerClient", "ownerHost", "admin", "otherClient", "otherHost"];
  return preference.find((actor) => endpoint.expect[ACTORS.indexOf(actor)] === "ok") ?? "ownerClient";
}

const SQL = ["' OR '1'='1", "1; DROP TABLE \"Booking\"; --", "\" OR \"\"=\"", "'); DELETE FROM \"User\"; --", "1 UNION SELECT \"passwordHash\" FROM \"User\""];
const HTML = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)"];
const DATES = ["2025-02-30T10:00:00Z", "not-a-date", "9999-99-99", "0000-00-00T00:00:00Z", "+275760-09-13T00:00:00.001Z", "2030-01-01T25:61:00Z", "2030-13-01", "1970-01-01T00:00:00Z", "", "24:00", "-01:00", "2030-01-01T10:00:00+99:00"];
const ZONES = ["Mars/Olympus", "UTC+25", "../../etc/passwd", "Europe/Paris\u0000", "a".repeat(300)];
const NUMBERS = [-60, -1, 0, 1.5, -0.5, 1e308, -1e308, 2 ** 53 + 1, 99_999_999_999];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SQL, ...HTML, ...DATES, ...ZONES),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [null], { $gt: "" }, { __proto__: { polluted: 1 } }),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc.nat({ max: 70_000 }).map((n) => "x".repeat(n)),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 3 }),
);

/** Body bytes to send, as raw text (malformed JSON needs raw text anyway). */
type Mutation = (base: Record<string, unknown>) => string;
const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  // One field gets a hostile value (or a field the base does not have).
  fc.tuple(fc.nat(), hostileValue).map(([i, value]) => ({
    name: `field <- ${JSON.stringify(value)?.slice(0, 60)}`,
    apply: (base: Record<string, unknown>) => {
      const keys = Object.keys(base);
      const key = keys.length ? keys[i % keys.length]! : "x";
      return JSON.stringify({ ...base, [key]: value });
    },
  })),
  // Several fields at once.
  fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 2, maxLength: 4 }).map((pairs) => ({
    name: "several fields",
    apply: (base: Record<string, unknown>) => {
      const keys = Object.keys(base);
      const out = { ...base };
      for (const [i, value] of pairs) out[keys.length ? keys[i % keys.length]! : "x"] = value;
      return JSON.stringify(out);
    },
  })),
  // Unknown fields, including the names of columns that must never be settable.
  fc.tuple(fc.constantFrom("role", "roles", "isAdmin", "status", "hostId", "clientId", "userId", "priceCents", "passwordHash", "id", "zzz"), hostileValue).map(([key, value]) => ({
    name: `unknown ${key}`,
    apply: (base: Record<string, unknown>) => JSON.stringify({ ...base, [key]: value }),
  })),
  // A required field removed.
  fc.nat().map((i) => ({
    name: "field removed",
    apply: (base: Record<string, unknown>) => {
      const keys = Object.keys(base);
      if (!keys.length) return "{}";
      const { [keys[i % keys.length]!]: _gone, ...rest } = base;
      return JSON.stringify(rest);
    },
  })),
  // The whole body replaced by hostile JSON.
  fc.oneof(fc.constantFrom(null, [], 0, "body", true, [{}]), fc.anything({ maxDepth: 4 })).map((value) => ({
    name: `body <- ${JSON.stringify(value)?.slice(0, 60)}`,
    apply: () => JSON.stringify(value) ?? "null",
  })),
  // Malformed or pathological text.
  fc.constantFrom(
    "{", "{\"a\":", "}", "[", "nul", "\u0000", "{'single': 'quotes'}", "{\"a\":1,}", "\"unterminated",
    "[".repeat(5_000) + "]".repeat(5_000),
    "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
    "{\"__proto__\":{\"polluted\":true},\"constructor\":{\"prototype\":{\"polluted\":true}}}",
    "\uFEFF{}", "1e999999",
  ).map((text) => ({ name: `raw ${text.slice(0, 30)}`, apply: () => text })),
  // The valid body with prototype keys mixed in.
  fc.constant({
    name: "proto keys",
    apply: (base: Record<string, unknown>) => JSON.stringify(base).replace(/^\{/, "{\"__proto__\":{\"polluted\":true},\"constructor\":{\"prototype\":{\"polluted\":true}}" + (Object.keys(base).length ? "," : "")),
  }),
);

let requests = 0;
let refused = 0;

describe.each(WRITES.map((e) => [`${e.method} ${e.path}`, e] as const))("%s", (_label, endpoint) => {
  it("never answers 5xx; refusals change nothing", async () => {
    const actor = callerOf(endpoint);
    const cell = new Cell(world);
    const sent = await resolvePath(endpoint, cell);
    const base = asObject(await endpoint.body?.(cell, actor));
    const db = getPrisma();
    let digest = await databaseDigest(db);
    await fc.assert(
      fc.asyncProperty(mutation, async ({ name, apply }) => {
        const rawBody = apply(base);
        const res = await send(endpoint.file, endpoint.method, sent, { token: tokenOf(world, actor), rawBody, headers: { "x-forwarded-for": "203.0.113.77" } });
        requests += 1;
        const context = `${endpoint.method} ${sent.path} as ${actor}, ${name}: ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        const after = await databaseDigest(db);
        if (res.status >= 400) {
          refused += 1;
          expectErrorShape(endpoint.dialect, res, context);
          expect(after, `${context}\nthe refused request changed the database`).toEqual(digest);
        }
        digest = after;
        expect(({} as Record<string, unknown>).polluted, context).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});

const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "99999999999", "2147483648", "-1", "0", "1.5", "1e10", "0x10", " 1", "NaN", "Infinity", "null", "undefined", "[object Object]",
    "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "not-a-uuid", "' OR 1=1 --", "%00", "..%2F..", "../../etc/passwd",
    "<script>", "a".repeat(5_000), "😀", "\u0000", "feed.ics", ".ics",
  ),
  fc.string({ maxLength: 80, unit: "grapheme" }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
);

describe.each(WRITES.filter((e) => e.params).map((e) => [`${e.method} ${e.path} (path parameters)`, e] as const))("%s", (_label, endpoint) => {
  it("never answers 5xx to a hostile id; refusals change nothing", async () => {
    const actor = callerOf(endpoint);
    const cell = new Cell(world);
    const sent = await resolvePath(endpoint, cell);
    const body = JSON.stringify(asObject(await endpoint.body?.(cell, actor)));
    const db = getPrisma();
    let digest = await databaseDigest(db);
    await fc.assert(
      fc.asyncProperty(fc.nat(), hostileId, async (which, value) => {
        const names = Object.keys(sent.params);
        const name = names[which % names.length]!;
        const params = { ...sent.params, [name]: value };
        const pathname = endpoint.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(params[n] ?? ""));
        const res = await send(endpoint.file, endpoint.method, { path: pathname, params }, { token: tokenOf(world, actor), rawBody: body });
        requests += 1;
        const context = `${endpoint.method} ${pathname.slice(0, 120)} as ${actor}: ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        const after = await databaseDigest(db);
        if (res.status >= 400) {
          refused += 1;
          expectErrorShape(endpoint.dialect, res, context);
          expect(after, `${context}\nthe refused request changed the database`).toEqual(digest);
        }
        digest = after;
      }),
      { seed: SEED, numRuns: Math.max(5, Math.round(RUNS / 2)) },
    );
  });
});

describe("totals", () => {
  it("fuzzed every write endpoint", () => {
    console.log(`[fuzz] ${WRITES.length} write endpoints (${WRITES.filter((e) => e.params).length} with path parameters), ${requests} requests, ${refused} refused (4xx), seed=${SEED}`);
    const withParams = WRITES.filter((e) => e.params).length;
    expect(requests).toBe(WRITES.length * RUNS + withParams * Math.max(5, Math.round(RUNS / 2)));
  });
});
