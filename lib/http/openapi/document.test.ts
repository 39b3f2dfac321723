// The generator's own rules, without a database: naming, input vs output
// conversion, automatic problem responses, refusals of inconsistent entries.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument, problemCodes, type JsonSchema } from "./document";
import { OPERATIONS, type OperationSpec } from "./registry";
import { bookingViewSchema } from "./responses";

const op = (over: Partial<OperationSpec> = {}): OperationSpec => ({
  method: "POST",
  path: "/api/v1/things/{id}",
  operationId: "makeThing",
  summary: "Make a thing",
  tags: ["Meta"],
  auth: "required",
  responses: { 201: { description: "Made.", schema: z.object({ id: z.string() }) } },
  ...over,
});

describe("buildOpenApiDocument", () => {
  const doc = buildOpenApiDocument();

  it("is deterministic", () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc));
  });

  it("keeps request bodies closed and leaves responses open to new fields", () => {
    const schemas = doc.components.schemas as Record<string, JsonSchema>;
    expect(schemas.CreateBookingRequest?.additionalProperties).toBe(false);
    expect(JSON.stringify(schemas.Booking)).not.toContain('"additionalProperties":false');
  });

  it("drops zod's regexes behind well-known formats and the ±2^53 integer bounds", () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain("9007199254740991");
    expect(text).not.toContain("[0-9a-fA-F]{8}");
  });

  it("documents transformed inputs by what is sent", () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, JsonSchema> }>;
    expect(schemas.SignUpRequest?.properties.email).toMatchObject({ type: "string", format: "email" });
    expect(schemas.SignUpRequest?.properties.timeZone).toMatchObject({ type: "string", description: expect.stringContaining("IANA") });
    const slots = doc.paths["/api/v1/hosts/{id}/slots"]?.get?.parameters ?? [];
    expect(slots.find((p) => p.name === "timeZone")?.schema.default).toBe("UTC");
    expect(slots.find((p) => p.name === "start")).toMatchObject({ required: true, schema: { format: "date" } });
    expect(slots.find((p) => p.name === "duration")).toMatchObject({ style: "form", explode: true });
  });

  it("references shared shapes instead of repeating them", () => {
    const page = doc.components.schemas.BookingPage as { properties: { items: { items: JsonSchema } } };
    expect(page.properties.items.items).toEqual({ $ref: "#/components/schemas/Booking" });
    expect(doc.components.schemas.Booking).toMatchObject({ description: bookingViewSchema.description });
  });

  it("names each request body once even when two operations share it", () => {
    const cancel = doc.paths["/api/v1/bookings/{id}/cancel"]?.post?.requestBody?.content["application/json"]?.schema;
    const decline = doc.paths["/api/v1/bookings/{id}/decline"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(cancel).toEqual(decline);
  });

  it("refuses two schemas with one name and one operation twice", () => {
    const a = op({ bodyName: "Same", body: z.object({ a: z.string() }) });
    const b = op({ operationId: "other", path: "/api/v1/other", bodyName: "Same", body: z.object({ b: z.string() }) });
    expect(() => buildOpenApiDocument([a, b])).toThrow(/named Same/);
    expect(() => buildOpenApiDocument([op(), op({ operationId: "again" })])).toThrow(/registered twice/);
  });
});

describe("problemCodes", () => {
  it("adds the automatic problems from the operation's shape", () => {
    const codes = problemCodes(op({ body: z.object({}), idempotent: true, errors: { 409: ["slot_unavailable"] } }));
    expect(Object.fromEntries(codes)).toEqual({
      400: ["validation_failed", "invalid_json"],
      401: ["unauthenticated"],
      404: ["not_found"],
      409: ["idempotency_in_flight", "slot_unavailable"],
      413: ["payload_too_large"],
      422: ["idempotency_key_reused"],
    });
    expect(Object.fromEntries(problemCodes(op({ path: "/api/v1/things", auth: "none" })))).toEqual({});
  });

  it("refuses a code declared under the wrong status", () => {
    expect(() => problemCodes(op({ errors: { 409: ["forbidden"] } }))).toThrow(/forbidden is a 403/);
  });

  it("every registered operation's declared codes are consistent", () => {
    for (const operation of OPERATIONS) expect(() => problemCodes(operation)).not.toThrow();
  });
});
