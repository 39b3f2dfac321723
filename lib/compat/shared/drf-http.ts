// HTTP edge of the Django REST Framework dialects: authentication with DRF's
// 401 bodies, errors as {"detail": "..."} with each dialect's status choices,
// and DRF's 405 for methods a view does not have. The use-cases stay in
// lib/server; a dialect only says how their AppErrors look on its wire.
import { authenticate } from "@/lib/http/authenticate";
import { readBody } from "@/lib/http/parse";
import { problemFromError } from "@/lib/http/problem";
import type { Actor } from "@/lib/server/actor";
import { AppError, type AppErrorCode } from "@/lib/server/errors";

export interface DrfDialect {
  /** Name used in logs only. */
  name: string;
  /** WWW-Authenticate challenge sent with 401, e.g. 'Bearer realm="api"' or "Token". */
  authChallenge: string;
  /** detail of a 404 (DRF: "Not found."). */
  notFoundDetail: string;
  /** HTTP status per AppError code where the dialect differs from lib/http/error-table. */
  statusFor?: Partial<Record<AppErrorCode, number>>;
  /** Fixed detail per AppError code, replacing the core's message (e.g. 409 "Time slot not available"). */
  detailFor?: Partial<Record<AppErrorCode, string>>;
  /** Extra members of the body for some codes, from the AppError's extra (e.g. reason). */
  extraFor?: Partial<Record<AppErrorCode, readonly string[]>>;
}

/** An error that already is the dialect's response (405, invalid page...). */
export class DrfError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {}) {
    super(detail);
    this.name = "DrfError";
    this.status = status;
    this.body = { detail, ...options.extra };
    this.headers = options.headers ?? {};
  }
}

export const NOT_AUTHENTICATED = "Authentication credentials were not provided.";
export const INVALID_TOKEN = "Invalid token.";

export function drfJson(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function drfErrorResponse(dialect: DrfDialect, error: unknown): Response {
  if (error instanceof DrfError) {
    return Response.json(error.body, { status: error.status, headers: error.headers });
  }
  // The canonical mapping (status, overload -> 503, unknown -> logged 500),
  // then the dialect's own choices on top.
  const problem = problemFromError(error);
  const code = problem.code as AppErrorCode;
  const status = dialect.statusFor?.[code] ?? problem.status;
  const headers: Record<string, string> = {};
  if (status === 401) headers["www-authenticate"] = dialect.authChallenge;
  if (typeof problem.retryAfter === "number") headers["retry-after"] = String(problem.retryAfter);
  let detail = dialect.detailFor?.[code] ?? problem.detail;
  if (code === "not_found") detail = dialect.notFoundDetail;
  if (problem.code === "internal") detail = "A server error occurred.";
  const body: Record<string, unknown> = { detail };
  for (const key of dialect.extraFor?.[code] ?? []) {
    if (error instanceof AppError && error.extra?.[key] !== undefined) body[key] = error.extra[key];
  }
  return Response.json(body, { status, headers });
}

export interface DrfContext<P> {
  request: Request;
  params: P;
  actor: Actor;
}

type NextHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * DRF's dispatch order: authentication and the IsAuthenticated permission
 * first (401 with the dialect's challenge), then the handler; every error
 * becomes {"detail": ...}.
 */
export function drfRoute<P = Record<string, never>>(dialect: DrfDialect, handler: (ctx: DrfContext<P>) => Promise<Response>): NextHandler<P> {
  return async (request, context) => {
    try {
      const params = ((await context?.params) ?? {}) as P;
      const actor = await authenticate(request);
      if (!actor) {
        const detail = request.headers.has("authorization") ? INVALID_TOKEN : NOT_AUTHENTICATED;
        throw new DrfError(401, detail, { headers: { "www-authenticate": dialect.authChallenge } });
      }
      return await handler({ request, params, actor });
    } catch (error) {
      return drfErrorResponse(dialect, error);
    }
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
export type DrfMethods<P> = Record<Method, NextHandler<P>>;

/**
 * Every method of one DRF view: the given handlers, and DRF's 405 (after
 * authentication, as DRF checks permissions first) with an Allow header for
 * the rest. Route files export all five so Next never answers with its own
 * empty 405.
 */
export function drfView<P = Record<string, never>>(dialect: DrfDialect, handlers: Partial<Record<Method, (ctx: DrfContext<P>) => Promise<Response>>>): DrfMethods<P> {
  const allowed = [...METHODS.filter((m) => handlers[m]), "HEAD", "OPTIONS"];
  if (!handlers.GET) allowed.splice(allowed.indexOf("HEAD"), 1);
  const allow = allowed.join(", ");
  const out = {} as DrfMethods<P>;
  for (const method of METHODS) {
    const handler = handlers[method];
    out[method] = drfRoute<P>(
      dialect,
      handler ??
        (async () => {
          throw new DrfError(405, `Method "${method}" not allowed.`, { headers: { allow } });
        }),
    );
  }
  return out;
}

/** The JSON body as an object (DRF: anything else is a 400). Empty body = {}. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const body = await readBody(request);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    const got = Array.isArray(body) ? "list" : body === null ? "null" : typeof body === "string" ? "str" : typeof body;
    throw new DrfError(400, `Invalid data. Expected a dictionary, but got ${got}.`);
  }
  return body as Record<string, unknown>;
}
