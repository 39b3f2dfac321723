// JSON Schemas of the OpenAPI document in words, for the /docs/api page: a type
// label ("string (date-time) | null"), constraint notes, a flat field list for
// nested objects and a plausible example value. Pure: no React, no zod.
import { COMPONENT_REF_PREFIX, type JsonSchema, type OpenApiDocument } from "./document";

/** A type label in parts, so a page can link the parts that name a component. */
export type TypePart = { text: string; ref?: string };

export interface FieldRow {
  /** Dotted path: host.name, items[], slots[].start */
  path: string;
  name: string;
  depth: number;
  type: TypePart[];
  required: boolean;
  /** Constraint notes; `backticks` mark literal values. */
  notes: string[];
  description?: string;
}

export interface FieldTable {
  rows: FieldRow[];
  /** additionalProperties: false: unknown fields are refused. */
  closed: boolean;
}

export interface SchemaShape {
  /** One table for an object; one per variant for a oneOf/anyOf of objects. */
  variants: Array<{ title?: string; table: FieldTable }>;
  /** A label for schemas that are not objects (a string, an array...). */
  type?: TypePart[];
  notes: string[];
  description?: string;
}

const asSchema = (value: unknown): JsonSchema | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonSchema) : undefined;

export const refName = (ref: string) => (ref.startsWith(COMPONENT_REF_PREFIX) ? ref.slice(COMPONENT_REF_PREFIX.length) : ref);

/** The component a $ref points to (one level), or the schema itself. */
export function resolve(schema: JsonSchema | undefined, doc: OpenApiDocument): JsonSchema {
  const ref = typeof schema?.$ref === "string" ? schema.$ref : undefined;
  if (!ref) return schema ?? {};
  return asSchema(doc.components.schemas[refName(ref)]) ?? {};
}

function options(schema: JsonSchema): JsonSchema[] | undefined {
  const list = (schema.anyOf ?? schema.oneOf) as unknown;
  return Array.isArray(list) ? list.map((s) => asSchema(s) ?? {}) : undefined;
}

const isNull = (schema: JsonSchema) => schema.type === "null";

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === "string");
  return typeof schema.type === "string" ? [schema.type] : [];
}

/** The non-null part of `X | null`, and whether null was allowed. */
function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const opts = options(schema);
  if (opts && opts.some(isNull)) {
    const rest = opts.filter((o) => !isNull(o));
    if (rest.length === 1 && rest[0]) return { schema: rest[0], nullable: true };
    return { schema: { ...schema, anyOf: rest, oneOf: undefined }, nullable: true };
  }
  const t = types(schema);
  if (t.length > 1 && t.includes("null")) {
    const rest = t.filter((x) => x !== "null");
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  return { schema, nullable: false };
}

export function typeLabel(raw: JsonSchema): TypePart[] {
  const { schema, nullable } = unwrapNullable(raw);
  const parts = baseLabel(schema);
  return nullable ? [...parts, { text: " | null" }] : parts;
}

function baseLabel(schema: JsonSchema): TypePart[] {
  if (typeof schema.$ref === "string") return [{ text: refName(schema.$ref), ref: refName(schema.$ref) }];
  if ("const" in schema) return [{ text: JSON.stringify(schema.const) }];
  const opts = options(schema);
  if (opts) {
    const labels = opts.map(typeLabel);
    return labels.flatMap((label, i) => (i === 0 ? label : [{ text: " | " }, ...label]));
  }
  const t = types(schema);
  if (t.length > 1) return [{ text: t.join(" | ") }];
  switch (t[0]) {
    case "array": {
      const items = typeLabel(asSchema(schema.items) ?? {});
      const compound = items.some((p) => p.text.includes(" | "));
      return [...(compound ? [{ text: "(" }] : []), ...items, { text: compound ? ")[]" : "[]" }];
    }
    case "string":
      return [{ text: typeof schema.format === "string" ? `string (${schema.format})` : "string" }];
    case undefined:
      return [{ text: Array.isArray(schema.enum) ? "enum" : "any" }];
    default:
      return [{ text: t[0] }];
  }
}

const literal = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

function range(min: unknown, max: unknown, unit: string): string | null {
  const lo = typeof min === "number" ? min : undefined;
  const hi = typeof max === "number" ? max : undefined;
  if (lo === undefined && hi === undefined) return null;
  const suffix = unit ? ` ${unit}` : "";
  if (lo !== undefined && hi !== undefined) return lo === hi ? `exactly ${lo}${suffix}` : `${lo}–${hi}${suffix}`;
  return lo !== undefined ? `≥ ${lo}${suffix}` : `≤ ${hi}${suffix}`;
}

/** Constraint notes of one schema (not of its children). */
export function schemaNotes(raw: JsonSchema): string[] {
  const { schema } = unwrapNullable(raw);
  const notes: string[] = [];
  if (Array.isArray(schema.enum)) notes.push(`One of ${schema.enum.map(literal).join(", ")}`);
  if (schema.default !== undefined) notes.push(`Default ${literal(schema.default)}`);
  const lengths = range(schema.minLength, schema.maxLength, "characters");
  if (lengths) notes.push(lengths);
  const bounds = range(schema.minimum, schema.maximum, "");
  if (bounds) notes.push(bounds);
  const items = range(schema.minItems, schema.maxItems, "items");
  if (items) notes.push(items);
  if (typeof schema.pattern === "string") notes.push(`Pattern ${literal(schema.pattern)}`);
  if (schema.type === "array") {
    const item = asSchema(schema.items);
    if (item && !item.$ref) notes.push(...schemaNotes(item).map((n) => `Each: ${n}`));
  }
  const opts = options(schema);
  if (opts) for (const o of opts) if (!o.$ref && (Array.isArray(o.enum) || o.type === "array")) notes.push(...schemaNotes(o));
  return [...new Set(notes)];
}

/** The object inside `X`, `X | null` or `X[]` that a field table should expand, if any. */
function expandable(raw: JsonSchema): { object: JsonSchema; suffix: string } | null {
  const { schema } = unwrapNullable(raw);
  if (schema.$ref) return null;
  if (schema.type === "object" && asSchema(schema.properties)) return { object: schema, suffix: "" };
  if (schema.type === "array") {
    const items = asSchema(schema.items);
    if (items && !items.$ref && items.type === "object" && asSchema(items.properties)) return { object: items, suffix: "[]" };
  }
  return null;
}

function objectRows(object: JsonSchema, prefix: string, depth: number, maxDepth: number): FieldRow[] {
  const properties = asSchema(object.properties) ?? {};
  const required = new Set(Array.isArray(object.required) ? (object.required as string[]) : []);
  return Object.entries(properties).flatMap(([name, value]) => {
    const schema = asSchema(value) ?? {};
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      path,
      name,
      depth,
      type: typeLabel(schema),
      required: required.has(name),
      notes: schemaNotes(schema),
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
    };
    const inner = depth < maxDepth ? expandable(schema) : null;
    return inner ? [row, ...objectRows(inner.object, `${path}${inner.suffix}.`, depth + 1, maxDepth)] : [row];
  });
}

/** The fields of a schema (a $ref is followed once), as flat rows. */
export function schemaShape(raw: JsonSchema | undefined, doc: OpenApiDocument, maxDepth = 2): SchemaShape {
  const schema = resolve(raw, doc);
  const description = typeof schema.description === "string" ? schema.description : undefined;
  const table = (object: JsonSchema): FieldTable => ({ rows: objectRows(object, "", 0, maxDepth), closed: object.additionalProperties === false });
  const opts = options(schema);
  if (opts && opts.length > 0 && opts.every((o) => resolve(o, doc).type === "object")) {
    return {
      variants: opts.map((o, i) => {
        const object = resolve(o, doc);
        const discriminator = Object.entries(asSchema(object.properties) ?? {}).find(([, p]) => asSchema(p) && "const" in (asSchema(p) as JsonSchema));
        const title = discriminator ? `${discriminator[0]}: ${JSON.stringify((discriminator[1] as JsonSchema).const)}` : `Variant ${i + 1}`;
        const t = table(object);
        // The discriminating field first: it says which variant this is.
        if (discriminator) t.rows.sort((a, b) => Number(b.path === discriminator[0]) - Number(a.path === discriminator[0]));
        return { title, table: t };
      }),
      notes: [],
      ...(description ? { description } : {}),
    };
  }
  if (schema.type === "object" || asSchema(schema.properties)) {
    return { variants: [{ table: table(schema) }], notes: [], ...(description ? { description } : {}) };
  }
  return { variants: [], type: typeLabel(schema), notes: schemaNotes(schema), ...(description ? { description } : {}) };
}

// ---------------------------------------------------------------------------
// Examples

const EXAMPLE_INSTANT = "2026-03-08T17:00:00Z";
const EXAMPLE_UUID = "6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f";

function exampleString(schema: JsonSchema, name: string): string {
  switch (schema.format) {
    case "date-time":
      // An end one hour after the start reads better than two equal instants.
      return /^(end|to|actualEnd)$/i.test(name) ? EXAMPLE_INSTANT.replace("T17:", "T18:") : EXAMPLE_INSTANT;
    case "date":
      return "2026-03-08";
    case "uuid":
      return EXAMPLE_UUID;
    case "email":
      return "casey@example.com";
    case "uri":
    case "url":
      return "https://example.com";
  }
  const n = name.toLowerCase();
  if (typeof schema.pattern === "string" && schema.pattern.includes(":[0-5]")) return n.includes("end") ? "17:00" : "09:00";
  if (n.endsWith("url")) return "https://example.com/hook";
  if (n === "timezone") return "Europe/Paris";
  if (n === "currency") return "USD";
  if (n === "code") return "SB-7K2M9Q";
  if (n === "name") return "Casey Jones";
  if (n === "password") return "correct horse battery";
  if (n.endsWith("id")) return EXAMPLE_UUID;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  return "string".padEnd(min, "x");
}

/** A plausible value for a schema: examples, defaults, consts and enums first, then by type and name. */
export function exampleFor(raw: JsonSchema | undefined, doc: OpenApiDocument, name = "", depth = 0, seen: ReadonlySet<string> = new Set()): unknown {
  let schema = raw ?? {};
  if (typeof schema.$ref === "string") {
    const ref = refName(schema.$ref);
    if (seen.has(ref) || depth > 8) return {};
    return exampleFor(resolve(schema, doc), doc, name, depth + 1, new Set([...seen, ref]));
  }
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ("const" in schema) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const opts = options(schema);
  if (opts) {
    const first = opts.find((o) => !isNull(o)) ?? opts[0];
    return first ? exampleFor(first, doc, name, depth + 1, seen) : null;
  }
  const unwrapped = unwrapNullable(schema);
  if (unwrapped.nullable) schema = unwrapped.schema;
  switch (types(schema)[0]) {
    case "string":
      return exampleString(schema, name);
    case "integer":
    case "number": {
      if (typeof schema.minimum === "number") return Math.max(schema.minimum, Math.min(typeof schema.maximum === "number" ? schema.maximum : 60, 60));
      return typeof schema.maximum === "number" ? Math.min(schema.maximum, 1) : 1;
    }
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      const minItems = typeof schema.minItems === "number" ? schema.minItems : 1;
      if (minItems === 0 && typeof schema.maxItems === "number" && schema.maxItems === 0) return [];
      return [exampleFor(asSchema(schema.items), doc, name, depth + 1, seen)];
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(asSchema(schema.properties) ?? {})) out[key] = exampleFor(asSchema(value), doc, key, depth + 1, seen);
      return out;
    }
    default:
      return asSchema(schema.properties) ? exampleFor({ ...schema, type: "object" }, doc, name, depth, seen) : null;
  }
}
