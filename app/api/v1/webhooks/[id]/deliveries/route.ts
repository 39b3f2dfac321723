import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { listDeliveries } from "@/lib/server/webhooks/list-deliveries";
import { pageQuerySchema } from "@/lib/server/webhooks/schemas";

export const GET = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await listDeliveries(getPrisma(), actor, params.id, parseQuery(request, pageQuerySchema))),
);
