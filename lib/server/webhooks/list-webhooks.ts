import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import type { Page, PageQuery } from "./schemas";
import { webhookSelect, webhookView } from "./webhook-view";

export async function listWebhooks(db: Db, actor: Actor, { page, pageSize }: PageQuery): Promise<Page<ReturnType<typeof webhookView>>> {
  const where = { userId: actor.userId };
  const total = await db.webhookSubscription.count({ where });
  const rows = await db.webhookSubscription.findMany({
    where,
    select: webhookSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map(webhookView), page, pageSize, total };
}
