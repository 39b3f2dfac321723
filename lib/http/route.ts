// The wrapper every /api/v1 handler goes through: authentication, error
// mapping and JSON responses, so route files stay a few lines long.
import type { Actor } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/actor";
import { authenticate } from "./authenticate";
import { errorResponse } from "./problem";

export interface RouteContext<P> {
  request: Request;
  params: P;
  actor: Actor | null;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response>;
type AuthedHandler<P> = (ctx: RouteContext<P> & { actor: Actor }) => Promise<Response>;

interface NextContext<P> {
  params: Promise<P>;
}

export function publicRoute<P = Record<string, never>>(handler: Handler<P>) {
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

export function authedRoute<P = Record<string, never>>(handler: AuthedHandler<P>) {
  return publicRoute<P>(async (ctx) => handler({ ...ctx, actor: requireActor(ctx.actor) }));
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}
