// Route wrappers for the dialects 002-004: the same authentication as
// /api/v1 (Bearer or Token header, or the session cookie), errors rendered in
// the dialect's shape.
import { authenticate } from "@/lib/http/authenticate";
import type { Actor } from "@/lib/server/actor";
import { DialectError, errorInfo, type ErrorInfo } from "./errors";

export interface DialectContext<P> {
  request: Request;
  params: P;
  actor: Actor | null;
}

interface NextContext<P> {
  params: Promise<P>;
}

export interface DialectSpec {
  /** The body of an error response. */
  body(info: ErrorInfo): unknown;
  /** The message of a 401 for a caller without credentials. */
  unauthenticated: string;
  /** The message of a 405. */
  methodNotAllowed(method: string): string;
}

export function defineDialect(spec: DialectSpec) {
  const errorResponse = (error: unknown): Response => {
    const info = errorInfo(error);
    const headers: Record<string, string> = { "cache-control": "no-store" };
    if (info.status === 401) headers["www-authenticate"] = 'Bearer realm="slotbook"';
    if (typeof info.extra.retryAfter === "number") headers["retry-after"] = String(info.extra.retryAfter);
    return Response.json(spec.body(info), { status: info.status, headers });
  };

  function route<P = Record<string, never>>(handler: (ctx: DialectContext<P>) => Promise<Response>) {
    return async (request: Request, context: NextContext<P>): Promise<Response> => {
      try {
        const params = (await context?.params) ?? ({} as P);
        const actor = await authenticate(request);
        return await handler({ request, params, actor });
      } catch (error) {
        return errorResponse(error);
      }
    };
  }

  function authed<P = Record<string, never>>(handler: (ctx: DialectContext<P> & { actor: Actor }) => Promise<Response>) {
    return route<P>(async (ctx) => {
      if (!ctx.actor) throw new DialectError(401, spec.unauthenticated);
      return handler({ ...ctx, actor: ctx.actor });
    });
  }

  /**
   * Handlers for the methods a path does not serve: 405 in the dialect's
   * shape with an Allow header, instead of the framework's empty 405.
   */
  function otherMethods(allowed: readonly string[]) {
    const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
    const handler = async (request: Request): Promise<Response> => {
      const response = errorResponse(new DialectError(405, spec.methodNotAllowed(request.method)));
      response.headers.set("allow", allow);
      return response;
    };
    return { GET: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler };
  }

  return { route, authed, errorResponse, otherMethods };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "private, no-store", ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
