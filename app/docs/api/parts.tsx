// Building blocks of the API reference, rendered on the server from the
// OpenAPI document (no client JavaScript, nothing external).
import type { ReactNode } from "react";
import type { JsonSchema, OpenApiDocument, ParameterObject } from "@/lib/http/openapi/document";
import { exampleFor, schemaNotes, schemaShape, typeLabel, type FieldTable, type TypePart } from "@/lib/http/openapi/schema-text";
import styles from "./page.module.css";

export const schemaAnchor = (name: string) => `schema-${name}`;

/** `code` and **bold** in descriptions; everything else is text. */
export function Inline({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code key={i} className={styles.code}>
            {part.slice(1, -1)}
          </code>
        ) : part.startsWith("**") && part.endsWith("**") ? (
          <strong key={i}>{part.slice(2, -2)}</strong>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** Paragraphs separated by blank lines. */
export function Prose({ text, className }: { text?: string; className?: string }) {
  if (!text) return null;
  return (
    <div className={className}>
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>
          <Inline text={paragraph} />
        </p>
      ))}
    </div>
  );
}

export function TypeText({ parts }: { parts: TypePart[] }) {
  return (
    <code className={styles.type}>
      {parts.map((part, i) =>
        part.ref ? (
          <a key={i} href={`#${schemaAnchor(part.ref)}`}>
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </code>
  );
}

const METHOD_CLASS: Record<string, string | undefined> = {
  GET: styles.methodGet,
  POST: styles.methodPost,
  PUT: styles.methodPut,
  PATCH: styles.methodPatch,
  DELETE: styles.methodDelete,
};

export function MethodBadge({ method }: { method: string }) {
  return <span className={`${styles.method} ${METHOD_CLASS[method] ?? ""}`}>{method}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const tone = status.startsWith("2") ? styles.statusOk : status.startsWith("4") ? styles.statusClient : styles.statusOther;
  return <span className={`${styles.status} ${tone}`}>{status === "default" ? "5xx" : status}</span>;
}

function Notes({ notes, description }: { notes: string[]; description?: string }) {
  if (!description && notes.length === 0) return null;
  return (
    <>
      {description ? (
        <span className={styles.fieldDescription}>
          <Inline text={description} />
        </span>
      ) : null}
      {notes.length ? (
        <span className={styles.notes}>
          {notes.map((note, i) => (
            <span key={i}>
              <Inline text={note} />
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

/** A scrollable region for wide tables on narrow screens, reachable by keyboard. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** Requests mark what must be sent; responses mark what may be missing. */
export type SchemaMode = "request" | "response";

export function FieldsTable({ table, caption, mode = "request" }: { table: FieldTable; caption: string; mode?: SchemaMode }) {
  if (table.rows.length === 0) {
    return <p className="muted small">{table.closed ? "An empty object: send no body or {}." : "No fields."}</p>;
  }
  return (
    <Scroll label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.path}>
              <th scope="row" className={styles.fieldName} style={{ paddingLeft: `calc(${row.depth} * 1rem + 0.625rem)` }}>
                <code>
                  {row.depth > 0 ? <span className={styles.fieldParent}>{row.path.slice(0, row.path.length - row.name.length)}</span> : null}
                  {row.name}
                </code>
                {mode === "request" && row.required ? <span className={styles.required}>required</span> : null}
                {mode === "response" && !row.required ? <span className={styles.optional}>optional</span> : null}
              </th>
              <td>
                <TypeText parts={row.type} />
              </td>
              <td>
                <Notes notes={row.notes} description={row.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** Fields (or the type, for non-objects) of a schema, variants one after the other. */
export function SchemaView({ schema, doc, caption, mode = "request" }: { schema: JsonSchema | undefined; doc: OpenApiDocument; caption: string; mode?: SchemaMode }) {
  const shape = schemaShape(schema, doc);
  return (
    <div className={styles.schema}>
      {shape.type ? (
        <p className={styles.schemaType}>
          <TypeText parts={shape.type} /> <Notes notes={shape.notes} />
        </p>
      ) : null}
      {shape.variants.map((variant, i) => (
        <div key={i} className={styles.variant}>
          {variant.title ? (
            <p className={styles.variantTitle}>
              {shape.variants.length > 1 ? <span className="muted">One of · </span> : null}
              <code>{variant.title}</code>
            </p>
          ) : null}
          <FieldsTable table={variant.table} caption={variant.title ? `${caption}, ${variant.title}` : caption} mode={mode} />
          {variant.table.closed && variant.table.rows.length ? <p className={styles.hint}>Unknown fields are refused with a 400.</p> : null}
        </div>
      ))}
    </div>
  );
}

export function Example({ schema, doc, summary, open = false }: { schema: JsonSchema | undefined; doc: OpenApiDocument; summary: string; open?: boolean }) {
  const value = exampleFor(schema, doc);
  const text = typeof value === "string" ? value.replace(/\r\n/g, "\n") : JSON.stringify(value, null, 2);
  return (
    <details className={styles.example} open={open}>
      <summary>{summary}</summary>
      <pre className={styles.pre} tabIndex={0}>
        <code>{text}</code>
      </pre>
    </details>
  );
}

export function ParametersTable({ parameters, caption }: { parameters: ParameterObject[]; caption: string }) {
  return (
    <Scroll label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((param) => (
            <tr key={`${param.in}:${param.name}`}>
              <th scope="row" className={styles.fieldName}>
                <code>{param.name}</code>
                {param.required ? <span className={styles.required}>required</span> : null}
              </th>
              <td data-label="In:">{param.in}</td>
              <td>
                <TypeText parts={typeLabel(param.schema)} />
              </td>
              <td>
                <Notes
                  notes={[...schemaNotes(param.schema), ...(param.explode && param.in === "query" ? ["Repeat the key for several values"] : [])]}
                  description={param.description}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
