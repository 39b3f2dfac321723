import { getPrisma } from "@/lib/db";
import { idempotentRoute } from "@/lib/http/idempotency";
import { parseQuery, parseWith } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";
import { createWebhookSchema, pageQuerySchema } from "@/lib/server/webhooks/schemas";

export const GET = authedRoute(async ({ request, actor }) => json(await listWebhooks(getPrisma(), actor, parseQuery(request, pageQuerySchema))));

export const POST = idempotentRoute(async ({ actor, body }) => {
  const webhook = await createWebhook(getPrisma(), actor, parseWith(createWebhookSchema, body));
  return json(webhook, { status: 201, headers: { location: `/api/v1/webhooks/${webhook.id}` } });
});
