import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { isUuid } from "./schemas";

/**
 * Ownership is part of the delete itself: someone else's webhook is "not
 * found", never "forbidden", so ids cannot be probed. Its delivery log goes
 * with it (cascade).
 */
export async function deleteWebhook(db: Db, actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound("Webhook");
  const { count } = await db.webhookSubscription.deleteMany({ where: { id, userId: actor.userId } });
  if (count === 0) throw notFound("Webhook");
}
