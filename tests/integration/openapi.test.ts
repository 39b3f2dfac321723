// The OpenAPI document: valid-looking 3.1, every $ref resolves, and it covers
// exactly the route files under app/api/v1 (a route without docs fails, and so
// does a documented operation without a route). Auth and Idempotency-Key are
// checked against the wrapper each handler is built with.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument, pathParamNames, type OpenApiDocument } from "@/lib/http/openapi/document";
import { HTTP_METHODS, OPERATIONS, type AuthMode } from "@/lib/http/openapi/registry";
import { callRoute } from "../support/call-route";

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app/api/v1");

interface RouteFileOperation {
  method: string;
  /** OpenAPI-style path of the route file: [id] -> {id}. */
  path: string;
  /** The function the handler is built with (authedRoute, publicRoute, idempotentRoute), or "function". */
  wrapper: string;
  file: string;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

function routePath(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups are not in the URL
    .map((segment) => segment.replace(/^\[\[?(?:\.\.\.)?([^\]]+)\]?\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

function fileOperations(): RouteFileOperation[] {
  return routeFiles(API_DIR).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const ops: RouteFileOperation[] = [];
    const pattern = new RegExp(`export\\s+(?:const\\s+(${HTTP_METHODS.join("|")})\\s*=\\s*([A-Za-z_$][\\w$]*)|(?:async\\s+)?function\\s+(${HTTP_METHODS.join("|")})\\b)`, "g");
    for (const match of source.matchAll(pattern)) {
      const method = match[1] ?? match[3] ?? "";
      ops.push({ method, path: routePath(file), wrapper: match[2] ?? "function", file: path.relative(ROOT, file) });
    }
    // `export { GET, POST }` or re-exports would slip past the pattern above.
    expect(source, `${path.relative(ROOT, file)}: export handlers as \`export const GET = ...\` or \`export async function GET\``).not.toMatch(
      /export\s*\{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b[^}]*\}/,
    );
    return ops;
  });
}

const key = (method: string, p: string) => `${method.toUpperCase()} ${p}`;

/**
 * Not part of the canonical API, so not in the document: the seed-compatible
 * dialects (snake_case DRF shapes) are described in docs/compat instead.
 */
const OUTSIDE_THE_DOCUMENT = [/^\/api\/v1\/drf\//];

describe("coverage of app/api/v1", () => {
  const files = fileOperations().filter((f) => !OUTSIDE_THE_DOCUMENT.some((re) => re.test(f.path)));
  const documented = OPERATIONS.map((op) => ({ op, routeKey: key(op.method, op.route ?? op.path) }));

  it("finds the route files (sanity)", () => {
    expect(files.length).toBeGreaterThan(15);
    expect(files.map((f) => key(f.method, f.path))).toContain("POST /api/v1/bookings/{id}/{action}");
  });

  it("documents every route file handler", () => {
    const documentedKeys = new Set(documented.map((d) => d.routeKey));
    const missing = files.filter((f) => !documentedKeys.has(key(f.method, f.path))).map((f) => `${key(f.method, f.path)} (${f.file})`);
    expect(missing, "Routes without an entry in lib/http/openapi/registry.ts").toEqual([]);
  });

  it("documents no operation that has no route file handler", () => {
    const fileKeys = new Set(files.map((f) => key(f.method, f.path)));
    const orphans = documented.filter((d) => !fileKeys.has(d.routeKey)).map((d) => key(d.op.method, d.op.path));
    expect(orphans, "Registry entries without a route handler").toEqual([]);
  });

  it("a specialised path stays inside its route file's pattern", () => {
    for (const op of OPERATIONS.filter((o) => o.route)) {
      const pattern = new RegExp(`^${(op.route ?? "").replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(op.path, `${op.operationId}: ${op.path} vs ${op.route}`).toMatch(pattern);
    }
  });

  it("auth and Idempotency-Key match the handler's wrapper", () => {
    const expectedAuth: Record<string, AuthMode[]> = {
      authedRoute: ["required"],
      idempotentRoute: ["required"],
      publicRoute: ["none", "optional"],
      function: ["none"],
    };
    for (const file of files) {
      const entries = documented.filter((d) => d.routeKey === key(file.method, file.path));
      for (const { op } of entries) {
        const where = `${op.operationId} (${file.file})`;
        expect(expectedAuth[file.wrapper], `${where}: unknown wrapper ${file.wrapper}, teach this test about it`).toBeDefined();
        expect(expectedAuth[file.wrapper], `${where}: auth "${op.auth}" but the handler uses ${file.wrapper}`).toContain(op.auth);
        expect(Boolean(op.idempotent), `${where}: idempotent must be ${file.wrapper === "idempotentRoute"}`).toBe(file.wrapper === "idempotentRoute");
      }
    }
  });
});

describe("the document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with info, tags and security schemes", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "sessionCookie", "tokenAuth"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.tokenAuth).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  it("every operation has an id, a tag, responses and declared path parameters", () => {
    const ids = new Set<string>();
    const tags = new Set(doc.tags.map((t) => t.name));
    const schemes = new Set(Object.keys(doc.components.securitySchemes));
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(p.startsWith("/api/v1/")).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${p}`;
        expect(["get", "post", "put", "patch", "delete"]).toContain(method);
        expect(ids.has(op.operationId), `${where}: duplicate operationId`).toBe(false);
        ids.add(op.operationId);
        expect(op.summary, where).toBeTruthy();
        expect(op.tags.length, where).toBeGreaterThan(0);
        for (const tag of op.tags) expect(tags.has(tag), `${where}: undeclared tag ${tag}`).toBe(true);
        for (const requirement of op.security) for (const name of Object.keys(requirement)) expect(schemes.has(name)).toBe(true);
        const codes = Object.keys(op.responses);
        expect(codes.length, where).toBeGreaterThan(0);
        expect(codes.some((c) => /^2\d\d$/.test(c)), `${where}: no success response`).toBe(true);
        for (const code of codes) {
          expect(code, where).toMatch(/^([1-5]\d\d|default)$/);
          expect(op.responses[code]?.description, `${where} ${code}`).toBeTruthy();
        }
        const pathParams = (op.parameters ?? []).filter((param) => param.in === "path").map((param) => param.name);
        expect(pathParams, where).toEqual(pathParamNames(p));
        const names = (op.parameters ?? []).map((param) => `${param.in}:${param.name}`);
        expect(new Set(names).size, `${where}: duplicate parameter`).toBe(names.length);
        if (op.requestBody) expect(method, where).not.toBe("get");
      }
    }
    expect(ids.size).toBe(OPERATIONS.length);
  });

  it("every $ref resolves", () => {
    const refs: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (k === "$ref" && typeof v === "string") refs.push(v);
          else walk(v);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      expect(ref, "only local refs").toMatch(/^#\//);
      const target = ref
        .slice(2)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), doc);
      expect(target, `${ref} does not resolve`).toBeTypeOf("object");
    }
  });

  it("is plain JSON (no undefined, functions or zod leftovers)", () => {
    const text = JSON.stringify(doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(text).not.toContain('"$schema"');
    expect(text).not.toContain("~standard");
  });

  it("documents request bodies as input types and responses as output types", () => {
    const create = doc.paths["/api/v1/bookings"]?.post;
    expect(create?.requestBody).toMatchObject({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CreateBookingRequest" } } } });
    const body = doc.components.schemas.CreateBookingRequest as { properties: Record<string, { type?: string; format?: string }>; required: string[]; additionalProperties: boolean };
    // start is an ISO string on the wire, a Date after parsing.
    expect(body.properties.start).toMatchObject({ type: "string", format: "date-time" });
    expect(body.required).toEqual(["hostId", "start"]);
    expect(body.additionalProperties).toBe(false);
    const cancel = doc.paths["/api/v1/bookings/{id}/cancel"]?.post;
    expect(cancel?.requestBody?.required).toBe(false);
    const list = doc.paths["/api/v1/bookings"]?.get;
    const names = list?.parameters?.filter((p) => p.in === "query").map((p) => p.name);
    expect(names).toEqual(["role", "status", "from", "to", "q", "sort", "page", "pageSize"]);
    expect(list?.parameters?.find((p) => p.name === "pageSize")?.schema).toMatchObject({ type: "integer", maximum: 100, default: 20 });
    expect(list?.responses["200"]?.content?.["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/BookingPage" });
  });

  it("documents problems, security and the Idempotency-Key", () => {
    const create = doc.paths["/api/v1/bookings"]?.post;
    expect(create?.security).toEqual([{ bearerAuth: [] }, { tokenAuth: [] }, { sessionCookie: [] }]);
    expect(create?.responses["409"]).toMatchObject({
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      "x-error-codes": expect.arrayContaining(["slot_unavailable", "booking_conflict"]),
    });
    expect(create?.responses["401"]).toBeDefined();
    expect(doc.paths["/api/v1/hosts"]?.get?.security).toEqual([]);
    expect(doc.paths["/api/v1/hosts/{id}/slots"]?.get?.security).toContainEqual({});
    const webhook = doc.paths["/api/v1/webhooks"]?.post;
    expect(webhook?.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }));
    expect(webhook?.responses["201"]?.headers).toHaveProperty("Idempotent-Replayed");
    expect(webhook?.responses["422"]?.["x-error-codes"]).toEqual(["idempotency_key_reused"]);
  });

  it("documents the calendar endpoints with text/calendar", () => {
    expect(doc.paths["/api/v1/bookings/{id}/ics"]?.get?.responses["200"]?.content).toHaveProperty(["text/calendar"]);
    const feed = doc.paths["/api/v1/calendar/{feedToken}.ics"]?.get;
    expect(feed?.security).toEqual([]);
    expect(feed?.parameters?.[0]).toMatchObject({ name: "feedToken", in: "path", required: true });
    expect(feed?.responses["404"]).toBeDefined();
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the generated document, cacheable", async () => {
    const res = await callRoute(openApiRoute as () => Promise<Response>);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const body = res.body as OpenApiDocument;
    expect(body.openapi).toBe("3.1.0");
    expect(body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
