// /docs/api: the API reference, rendered on the server from the same OpenAPI
// document that GET /api/v1/openapi.json serves (lib/http/openapi). Grouped by
// tag; every operation with its method, path, auth, parameters, request body
// and responses; shared objects at the end.
import type { Metadata } from "next";
import { openApiDocument, type LowerMethod, type OperationObject, type OpenApiDocument } from "@/lib/http/openapi/document";
import { refName } from "@/lib/http/openapi/schema-text";
import { Example, Inline, MethodBadge, ParametersTable, Prose, SchemaView, StatusBadge, TypeText, schemaAnchor } from "./parts";
import styles from "./page.module.css";

export const metadata: Metadata = {
  title: "API reference",
  description: "Slotbook REST API: bookings, hosts, availability, calendar feeds and webhooks.",
};

const METHODS: LowerMethod[] = ["get", "post", "put", "patch", "delete"];

interface Entry {
  method: string;
  path: string;
  op: OperationObject;
}

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function entriesByTag(doc: OpenApiDocument): Map<string, Entry[]> {
  const byTag = new Map<string, Entry[]>(doc.tags.map((tag) => [tag.name, []]));
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      // Listed under its first tag only, so each operation has one anchor.
      const tag = op?.tags[0];
      if (op && tag) byTag.get(tag)?.push({ method: method.toUpperCase(), path, op });
    }
  }
  return byTag;
}

function authOf(op: OperationObject): { label: string; tone: string; text: string } {
  if (op.security.length === 0) return { label: "Public", tone: "", text: "No credentials needed." };
  if (op.security.some((requirement) => Object.keys(requirement).length === 0)) {
    return { label: "Auth optional", tone: "badge--brand", text: "Works anonymously; with a token or session the answer is personal." };
  }
  return { label: "Auth required", tone: "badge--warning", text: "Bearer or Token API token, or the web session cookie." };
}

function Operation({ entry, doc }: { entry: Entry; doc: OpenApiDocument }) {
  const { method, path, op } = entry;
  const auth = authOf(op);
  const params = op.parameters ?? [];
  const idempotent = params.some((p) => p.in === "header" && p.name === "Idempotency-Key");
  const body = op.requestBody?.content["application/json"]?.schema;
  const bodyName = typeof body?.$ref === "string" ? refName(body.$ref) : undefined;
  const headingId = `${op.operationId}-title`;
  return (
    <article id={op.operationId} className={styles.operation} aria-labelledby={headingId}>
      <header className={styles.operationHeader}>
        <p className={styles.signature}>
          <MethodBadge method={method} />
          <code className={styles.path}>{path}</code>
        </p>
        <h3 id={headingId} className={styles.summary}>
          <a href={`#${op.operationId}`} className={styles.anchor}>
            {op.summary}
          </a>
        </h3>
        <ul className="badge-list" aria-label="Properties">
          <li className={`badge ${auth.tone}`} title={auth.text}>
            {auth.label}
          </li>
          {idempotent ? <li className="badge badge--success">Idempotency-Key</li> : null}
          {op.tags.slice(1).map((tag) => (
            <li key={tag} className="badge">
              Also in {tag}
            </li>
          ))}
        </ul>
      </header>
      <Prose text={op.description} className={styles.description} />
      {op.security.length ? <p className={`${styles.hint} ${styles.authHint}`}>{auth.text}</p> : null}

      {params.length ? (
        <section className={styles.block} aria-label={`${op.summary}: parameters`}>
          <h4>Parameters</h4>
          <ParametersTable parameters={params} caption={`Parameters of ${method} ${path}`} />
        </section>
      ) : null}

      {op.requestBody ? (
        <section className={styles.block} aria-label={`${op.summary}: request body`}>
          <h4>
            Request body{" "}
            <span className={styles.blockMeta}>
              application/json · {op.requestBody.required ? "required" : "optional"}
              {bodyName ? (
                <>
                  {" "}
                  · <code>{bodyName}</code>
                </>
              ) : null}
            </span>
          </h4>
          <SchemaView schema={body} doc={doc} caption={`Request body of ${method} ${path}`} />
          <Example schema={body} doc={doc} summary="Example request body" />
        </section>
      ) : null}

      <section className={styles.block} aria-label={`${op.summary}: responses`}>
        <h4>Responses</h4>
        <ul className={styles.responses}>
          {Object.entries(op.responses).map(([status, response]) => {
            const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
            const schema = media?.schema;
            const name = typeof schema?.$ref === "string" ? refName(schema.$ref) : undefined;
            const ok = status.startsWith("2");
            return (
              <li key={status} className={styles.response}>
                <div className={styles.responseHead}>
                  <StatusBadge status={status} />
                  <span className={styles.responseText}>
                    <Inline text={response.description} />
                  </span>
                </div>
                {contentType ? (
                  <p className={styles.responseBody}>
                    <span className="muted">{contentType}</span>
                    {name ? (
                      <>
                        {" "}
                        · <TypeText parts={[{ text: name, ref: name }]} />
                      </>
                    ) : null}
                  </p>
                ) : null}
                {response.headers ? (
                  <p className={styles.responseBody}>
                    <span className="muted">Headers:</span>{" "}
                    {Object.entries(response.headers).map(([header, spec], i) => (
                      <span key={header}>
                        {i ? ", " : ""}
                        <code className={styles.code} title={spec.description}>
                          {header}
                        </code>
                      </span>
                    ))}
                  </p>
                ) : null}
                {ok && schema ? <Example schema={schema} doc={doc} summary="Example response" /> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}

export default function ApiReferencePage() {
  const doc = openApiDocument();
  const byTag = entriesByTag(doc);
  const requestBodies = new Set(
    Object.values(doc.paths)
      .flatMap((item) => Object.values(item))
      .map((op) => op.requestBody?.content["application/json"]?.schema.$ref)
      .filter((ref): ref is string => typeof ref === "string")
      .map(refName),
  );
  const objects = Object.keys(doc.components.schemas)
    .filter((name) => !requestBodies.has(name))
    .sort((a, b) => a.localeCompare(b));
  const operationCount = [...byTag.values()].reduce((n, list) => n + list.length, 0);

  return (
    <div className={styles.page}>
      <header className={styles.intro}>
        <p className={`badge badge--brand ${styles.eyebrow}`}>OpenAPI {doc.openapi}</p>
        <h1>{doc.info.title} reference</h1>
        <Prose text={doc.info.description} className={styles.lede} />
        <p className={styles.actions}>
          <a className="btn btn--primary btn--sm" href="/api/v1/openapi.json">
            Download openapi.json
          </a>
          <span className="muted small">
            {operationCount} operations · version {doc.info.version} · generated from the server&apos;s own validation schemas
          </span>
        </p>
      </header>

      <div className={styles.layout}>
        <nav className={styles.toc} aria-label="API sections">
          <p className={styles.tocTitle}>On this page</p>
          <ul className={styles.tocList}>
            {doc.tags.map((tag) => (
              <li key={tag.name}>
                <a href={`#${tagAnchor(tag.name)}`} className={styles.tocTag}>
                  {tag.name}
                </a>
                <ul className={styles.tocOps}>
                  {(byTag.get(tag.name) ?? []).map(({ method, op }) => (
                    <li key={op.operationId}>
                      <a href={`#${op.operationId}`}>
                        <span className={styles.tocMethod}>{method}</span> {op.summary}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <a href="#objects" className={styles.tocTag}>
                Objects
              </a>
            </li>
          </ul>
        </nav>

        <div className={styles.content}>
          {doc.tags.map((tag) => {
            const entries = byTag.get(tag.name) ?? [];
            if (entries.length === 0) return null;
            return (
              <section key={tag.name} id={tagAnchor(tag.name)} className={styles.tag} aria-labelledby={`${tagAnchor(tag.name)}-title`}>
                <div className={styles.tagHeader}>
                  <h2 id={`${tagAnchor(tag.name)}-title`}>{tag.name}</h2>
                  <p className="muted">{tag.description}</p>
                </div>
                {entries.map((entry) => (
                  <Operation key={entry.op.operationId} entry={entry} doc={doc} />
                ))}
              </section>
            );
          })}

          <section id="objects" className={styles.tag} aria-labelledby="objects-title">
            <div className={styles.tagHeader}>
              <h2 id="objects-title">Objects</h2>
              <p className="muted">The shapes responses are made of. Responses may gain new fields; ignore the ones you do not know.</p>
            </div>
            {objects.map((name) => {
              const schema = doc.components.schemas[name];
              return (
                <article key={name} id={schemaAnchor(name)} className={styles.operation} aria-labelledby={`${schemaAnchor(name)}-title`}>
                  <h3 id={`${schemaAnchor(name)}-title`} className={styles.summary}>
                    <code>{name}</code>
                  </h3>
                  <Prose text={typeof schema?.description === "string" ? schema.description : undefined} className={styles.description} />
                  <SchemaView schema={schema} doc={doc} caption={`Fields of ${name}`} mode="response" />
                  <Example schema={schema} doc={doc} summary={`Example ${name}`} />
                </article>
              );
            })}
          </section>
        </div>
      </div>
    </div>
  );
}
