// Schemas in words for /docs/api: labels, notes, field rows and examples.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type JsonSchema } from "./document";
import { exampleFor, schemaNotes, schemaShape, typeLabel } from "./schema-text";

const doc = buildOpenApiDocument();
const text = (schema: JsonSchema) => typeLabel(schema).map((p) => p.text).join("");

describe("typeLabel", () => {
  it.each([
    [{ type: "string", format: "date-time" }, "string (date-time)"],
    [{ anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] }, "string (uuid) | null"],
    [{ type: ["integer", "null"] }, "integer | null"],
    [{ type: "array", items: { $ref: "#/components/schemas/Booking" } }, "Booking[]"],
    [{ type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } }, "(string | integer)[]"],
    [{ const: "weekly" }, '"weekly"'],
    [{}, "any"],
  ] as Array<[JsonSchema, string]>)("%j -> %s", (schema, label) => {
    expect(text(schema)).toBe(label);
  });

  it("links component references", () => {
    expect(typeLabel({ $ref: "#/components/schemas/Host" })).toEqual([{ text: "Host", ref: "Host" }]);
  });
});

describe("schemaNotes", () => {
  it("states enums, defaults and bounds", () => {
    expect(schemaNotes({ type: "string", enum: ["a", "b"] })).toEqual(["One of `a`, `b`"]);
    expect(schemaNotes({ type: "integer", minimum: 1, maximum: 100, default: 20 })).toEqual(["Default `20`", "1–100"]);
    expect(schemaNotes({ type: "string", maxLength: 200 })).toEqual(["≤ 200 characters"]);
    expect(schemaNotes({ type: "array", maxItems: 12, items: { type: "integer", minimum: 5 } })).toEqual(["≤ 12 items", "Each: ≥ 5"]);
  });
});

describe("schemaShape", () => {
  it("flattens nested objects into dotted rows and follows the top-level $ref", () => {
    const shape = schemaShape({ $ref: "#/components/schemas/Booking" }, doc);
    const paths = shape.variants[0]?.table.rows.map((r) => r.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["id", "host", "host.name", "cancellation.reason", "allowedActions"]));
    expect(shape.variants[0]?.table.closed).toBe(false);
  });

  it("splits a discriminated union into titled variants", () => {
    const shape = schemaShape({ $ref: "#/components/schemas/CreateAvailabilityRequest" }, doc);
    expect(shape.variants.map((v) => v.title)).toEqual(['type: "weekly"', 'type: "override"', 'type: "time_off"']);
    expect(shape.variants.every((v) => v.table.closed)).toBe(true);
  });

  it("labels non-objects", () => {
    expect(schemaShape({ $ref: "#/components/schemas/ICalendar" }, doc).type?.[0]?.text).toBe("string");
  });
});

describe("exampleFor", () => {
  it("builds a plausible value that respects the documented schema", () => {
    const example = exampleFor({ $ref: "#/components/schemas/CreateBookingRequest" }, doc) as Record<string, unknown>;
    expect(example).toMatchObject({ hostId: expect.stringMatching(/^[0-9a-f-]{36}$/), start: "2026-03-08T17:00:00Z", duration: 60, sessionType: "video" });
    const page = exampleFor({ $ref: "#/components/schemas/BookingPage" }, doc) as { items: Array<{ host: { email: string } }>; pageSize: number };
    expect(page.items[0]?.host.email).toBe("casey@example.com");
    expect(page.pageSize).toBeGreaterThanOrEqual(1);
    expect(exampleFor({ $ref: "#/components/schemas/CalendarFeed" }, doc)).toEqual({ url: expect.stringMatching(/^\/api\/v1\/calendar\/.+\.ics$/) });
  });
});
