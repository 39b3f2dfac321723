import type { Db } from "@/lib/db";
import { newWebhookSecret } from "@/lib/integrations/webhooks/secret";
import type { Actor } from "../actor";
import type { CreateWebhookInput } from "./schemas";
import { webhookSelect, webhookView } from "./webhook-view";

/** POST /api/v1/webhooks. The only response that ever contains the secret. */
export async function createWebhook(db: Db, actor: Actor, input: CreateWebhookInput) {
  const row = await db.webhookSubscription.create({
    data: { userId: actor.userId, url: input.url, events: input.events, secret: newWebhookSecret() },
    select: webhookSelect,
  });
  return { ...webhookView(row), secret: row.secret };
}
