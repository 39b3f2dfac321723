// The OpenAPI 3.1 document of /api/v1, generated from the operation registry
// and the zod schemas the handlers validate with (never written by hand).
// Request bodies and query strings are converted as zod *input* types (what a
// client sends, before transforms and defaults), responses as *output* types.
// Served at GET /api/v1/openapi.json and rendered at /docs/api.
import { z } from "zod";
import { ERROR_TABLE } from "@/lib/http/error-table";
import { dateSchema, instantSchema } from "@/lib/server/bookings/schemas";
import { emailSchema, timeZoneSchema } from "@/lib/server/auth/schemas";
import type { AppErrorCode } from "@/lib/server/errors";
import { defaultBodyName, OPERATIONS, TAGS, type OperationSpec } from "./registry";
import { problemSchema, RESPONSE_COMPONENTS } from "./responses";

export type JsonSchema = { [key: string]: unknown };
type Io = "input" | "output";

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
  /** Error codes (problem `code` member) this response can carry. */
  "x-error-codes"?: string[];
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Array<Record<string, string[]>>;
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseObject>;
}

export type LowerMethod = "get" | "post" | "put" | "patch" | "delete";

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string; description?: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, Partial<Record<LowerMethod, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
}

export const COMPONENT_REF_PREFIX = "#/components/schemas/";
const PROBLEM_CONTENT_TYPE = "application/problem+json";

const INFO_DESCRIPTION = [
  "Book sessions with hosts (mentors, coaches, tutors, therapists) and manage them.",
  "",
  "**Authentication.** Send a personal API token as `Authorization: Bearer <token>` (or `Token <token>`); get one with `POST /api/v1/auth/token`. The web app's session cookie works too.",
  "",
  "**Errors** are RFC 9457 problem details (`application/problem+json`) with a stable `code`; validation errors list the offending fields in `errors`.",
  "",
  "**Times** are ISO-8601 instants. Requests need a `Z` or an offset; responses are always UTC (`…Z`). Time zones are IANA names.",
  "",
  "**Lists** are paginated with `page` and `pageSize` (at most 100) and answer `{ items, page, pageSize, total }`.",
  "",
  "**Retries.** Operations marked idempotent accept an `Idempotency-Key` header: a retry with the same key replays the first response (`Idempotent-Replayed: true`) instead of acting twice.",
].join("\n");

// ---------------------------------------------------------------------------
// zod -> JSON Schema

type Meta = { id?: string; description?: string; format?: string; examples?: unknown[] };

/** Hints for shared input schemas whose JSON Schema loses their meaning (pipes and transforms). */
function annotate(registry: z.core.$ZodRegistry<Meta>): void {
  registry.add(instantSchema, { format: "date-time", description: "ISO-8601 instant with Z or an offset, e.g. 2026-03-08T17:00:00Z." });
  registry.add(dateSchema, { format: "date", description: "Calendar date, YYYY-MM-DD." });
  registry.add(timeZoneSchema, { description: "IANA time zone, e.g. Europe/Paris." });
  registry.add(emailSchema, { format: "email" });
}

/** Descriptions and examples given with .describe()/.meta() live in zod's global registry. */
function mergeGlobalMeta({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
  const meta = z.globalRegistry.get(zodSchema);
  if (!meta) return;
  for (const key of ["title", "description", "examples", "deprecated"] as const) {
    if (meta[key] !== undefined && jsonSchema[key] === undefined) jsonSchema[key] = meta[key];
  }
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Formats whose zod regex says nothing a reader or a validator needs beyond the format itself. */
const SELF_EXPLANATORY_FORMATS = new Set(["uuid", "email", "date-time"]);

/**
 * Drops what only adds noise to a document: per-schema $schema/$id, the ±2^53
 * bounds of z.int(), zod's regexes behind well-known formats. For responses
 * (`open`), also `additionalProperties: false`: responses may gain fields
 * without a new API version, so clients must not reject unknown members.
 */
function tidy(value: unknown, open: boolean, top = true): unknown {
  if (Array.isArray(value)) return value.map((item) => tidy(item, open, false));
  if (value === null || typeof value !== "object") return value;
  const schema = value as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, inner] of Object.entries(schema)) {
    if (top && (key === "$schema" || key === "$id")) continue;
    if (key === "minimum" && inner === -SAFE) continue;
    if (key === "maximum" && inner === SAFE) continue;
    if (key === "pattern" && typeof schema.format === "string" && SELF_EXPLANATORY_FORMATS.has(schema.format)) continue;
    if (open && key === "additionalProperties" && inner === false) continue;
    out[key] = tidy(inner, open, false);
  }
  return out;
}

const conversionOptions = (io: Io, metadata: z.core.$ZodRegistry<Meta>) => ({
  io,
  metadata,
  target: "draft-2020-12" as const,
  unrepresentable: "any" as const,
  override: mergeGlobalMeta,
});

/** Named schemas -> components.schemas entries, referencing each other by $ref. */
function convertComponents(named: Map<z.ZodType, string>, io: Io): Record<string, JsonSchema> {
  const registry = z.registry<Meta>();
  annotate(registry);
  for (const [schema, id] of named) registry.add(schema, { ...registry.get(schema), id });
  const { schemas } = z.toJSONSchema(registry as z.core.$ZodRegistry<{ id?: string }>, {
    ...conversionOptions(io, registry),
    uri: (id: string) => `${COMPONENT_REF_PREFIX}${id}`,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === "__shared") throw new Error("Shared anonymous schemas are not supported: give the reused schema a name.");
    out[id] = tidy(schema, io === "output") as JsonSchema;
  }
  return out;
}

/** An anonymous schema (query strings, headers), inline. */
function convertInline(schema: z.ZodType, io: Io): JsonSchema {
  const registry = z.registry<Meta>();
  annotate(registry);
  const json = tidy(z.toJSONSchema(schema, conversionOptions(io, registry)), io === "output") as JsonSchema;
  if (json.$defs) throw new Error("Inline schemas cannot hold $defs; name the reused part.");
  return json;
}

// ---------------------------------------------------------------------------
// Operations

const pascal = (s: string) => s.replace(/(^|[-_ ])(\w)/g, (_, __, ch: string) => ch.toUpperCase());
const ref = (name: string): JsonSchema => ({ $ref: `${COMPONENT_REF_PREFIX}${name}` });

const SECURITY: Record<OperationSpec["auth"], Array<Record<string, string[]>>> = {
  required: [{ bearerAuth: [] }, { tokenAuth: [] }, { sessionCookie: [] }],
  optional: [{ bearerAuth: [] }, { tokenAuth: [] }, { sessionCookie: [] }, {}],
  none: [],
};

/** Path template parameter names, in order: /a/{id}/b/{x}.ics -> [id, x]. */
export const pathParamNames = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");

/** The problem responses of an operation: automatic ones by its shape, plus its declared ones. */
export function problemCodes(op: OperationSpec): Map<number, AppErrorCode[]> {
  const byStatus = new Map<number, Set<AppErrorCode>>();
  const add = (code: AppErrorCode, status = ERROR_TABLE[code].status) => {
    if (ERROR_TABLE[code].status !== status) {
      throw new Error(`${op.method} ${op.path}: ${code} is a ${ERROR_TABLE[code].status}, not a ${status}.`);
    }
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  };
  if (op.body || op.query || op.idempotent) add("validation_failed");
  if (op.body) {
    add("invalid_json");
    add("payload_too_large");
  }
  if (op.auth === "required") add("unauthenticated");
  if (pathParamNames(op.path).length) add("not_found");
  if (op.idempotent) {
    add("idempotency_in_flight");
    add("idempotency_key_reused");
  }
  for (const [status, codes] of Object.entries(op.errors ?? {})) for (const code of codes ?? []) add(code, Number(status));
  return new Map([...byStatus].sort(([a], [b]) => a - b).map(([status, codes]) => [status, [...codes]]));
}

function problemDescription(codes: AppErrorCode[]): string {
  return codes.map((code) => `${ERROR_TABLE[code].title} (\`${code}\`)`).join("; ") + ".";
}

/**
 * Defaults of a query object's properties. zod leaves a default out of the
 * input JSON Schema when the property transforms (timeZone: "UTC"), though
 * for a scalar the default is what the server assumes when the key is absent.
 */
function scalarDefaults(schema: z.ZodType): Record<string, unknown> {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType> };
  const out: Record<string, unknown> = {};
  if (def.type !== "object" || !def.shape) return out;
  for (const [key, prop] of Object.entries(def.shape)) {
    const inner = prop._zod.def as { type: string; defaultValue?: unknown };
    if (inner.type !== "default") continue;
    const value = inner.defaultValue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
  }
  return out;
}

function acceptsEmptyBody(schema: z.ZodType): boolean {
  try {
    return schema.safeParse({}).success;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Document

export function buildOpenApiDocument(operations: readonly OperationSpec[] = OPERATIONS): OpenApiDocument {
  // Names: the shared response shapes first, then every other schema an operation uses.
  const outputNames = new Map<z.ZodType, string>(RESPONSE_COMPONENTS.map(([name, schema]) => [schema, name]));
  const inputNames = new Map<z.ZodType, string>();
  for (const op of operations) {
    for (const [status, response] of Object.entries(op.responses)) {
      if (response.schema && !outputNames.has(response.schema)) {
        outputNames.set(response.schema, `${pascal(op.operationId)}Response${status === "200" ? "" : status}`);
      }
    }
    if (op.body && !inputNames.has(op.body)) inputNames.set(op.body, op.bodyName ?? defaultBodyName(op));
  }
  const seen = new Map<string, string>();
  for (const [io, names] of [["output", outputNames], ["input", inputNames]] as const) {
    for (const name of names.values()) {
      const other = seen.get(name);
      if (other) throw new Error(`Two schemas are named ${name} (${other} and ${io}).`);
      seen.set(name, io);
    }
  }
  const schemas = { ...convertComponents(outputNames, "output"), ...convertComponents(inputNames, "input") };

  const paths: OpenApiDocument["paths"] = {};
  const usedTags = new Set<string>();
  for (const op of operations) {
    const method = op.method.toLowerCase() as LowerMethod;
    const item = (paths[op.path] ??= {});
    if (item[method]) throw new Error(`${op.method} ${op.path} is registered twice.`);
    op.tags.forEach((tag) => usedTags.add(tag));

    const parameters: ParameterObject[] = pathParamNames(op.path).map((name) => {
      const spec = op.pathParams?.[name];
      return {
        name,
        in: "path",
        required: true,
        ...(spec?.description ? { description: spec.description } : {}),
        schema: spec?.schema ? convertInline(spec.schema, "input") : { type: "string" },
      };
    });
    if (op.query) {
      const json = convertInline(op.query, "input");
      const required = new Set((json.required as string[] | undefined) ?? []);
      const defaults = scalarDefaults(op.query);
      for (const [name, raw] of Object.entries((json.properties as Record<string, JsonSchema> | undefined) ?? {})) {
        const { description, ...schema } = raw;
        if (schema.default === undefined && defaults[name] !== undefined) schema.default = defaults[name];
        const repeatable = JSON.stringify(schema).includes('"type":"array"');
        parameters.push({
          name,
          in: "query",
          required: required.has(name),
          ...(typeof description === "string" ? { description } : {}),
          schema,
          ...(repeatable ? { style: "form", explode: true } : {}),
        });
      }
    }
    for (const [name, header] of Object.entries(op.headers ?? {})) {
      parameters.push({
        name,
        in: "header",
        required: header.required ?? false,
        description: header.description,
        schema: header.schema ? convertInline(header.schema, "input") : { type: "string" },
      });
    }
    if (op.idempotent) {
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: "A unique key per logical request (e.g. a UUID). Retrying with the same key and body replays the first response for 24 hours instead of acting twice.",
        schema: { type: "string", minLength: 1, maxLength: 255 },
      });
    }

    const responses: Record<string, ResponseObject> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const headers: NonNullable<ResponseObject["headers"]> = {};
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        headers[name] = { description: header.description, schema: header.schema ? convertInline(header.schema, "output") : { type: "string" } };
      }
      if (op.idempotent && Number(status) < 300) {
        headers["Idempotent-Replayed"] = { description: "`true` when this is the stored response of an earlier request with the same Idempotency-Key.", schema: { type: "string", enum: ["true"] } };
      }
      const schemaName = response.schema ? outputNames.get(response.schema) : undefined;
      responses[status] = {
        description: response.description,
        ...(Object.keys(headers).length ? { headers } : {}),
        ...(schemaName ? { content: { [response.contentType ?? "application/json"]: { schema: ref(schemaName) } } } : {}),
      };
    }
    for (const [status, codes] of problemCodes(op)) {
      if (responses[String(status)]) continue;
      responses[String(status)] = {
        description: problemDescription(codes),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ref(outputNames.get(problemSchema) ?? "Problem") } },
        "x-error-codes": codes,
      };
    }
    responses.default = {
      description: "Unexpected error (`internal`), or the server is overloaded (`service_unavailable`, with Retry-After).",
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ref(outputNames.get(problemSchema) ?? "Problem") } },
    };

    const body = op.body ? inputNames.get(op.body) : undefined;
    item[method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: op.tags,
      security: SECURITY[op.auth],
      ...(parameters.length ? { parameters } : {}),
      ...(op.body && body ? { requestBody: { required: !acceptsEmptyBody(op.body), content: { "application/json": { schema: ref(body) } } } } : {}),
      responses,
    };
  }

  return {
    openapi: "3.1.0",
    info: { title: "Slotbook API", version: "1.0.0", description: INFO_DESCRIPTION },
    servers: [{ url: "/", description: "This server" }],
    tags: TAGS.filter((tag) => usedTags.has(tag.name)).map((tag) => ({ ...tag })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Personal API token from POST /api/v1/auth/token: `Authorization: Bearer <token>`." },
        tokenAuth: { type: "apiKey", in: "header", name: "Authorization", description: "The same token in the `Authorization: Token <token>` form." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web app's session cookie (`__Secure-next-auth.session-token` over HTTPS).",
        },
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document of the registered operations, built once per process. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
