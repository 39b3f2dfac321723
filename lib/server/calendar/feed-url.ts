// The owner's view of their feed: where it is, and a way to revoke it. The
// token is a random UUID (User.feedToken); rotating it kills every old
// subscription URL at once.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { calendarFeedPath } from "@/lib/integrations/calendar/ics/links";
import type { Actor } from "../actor";
import { notFound } from "../errors";

/** `/api/v1/calendar/<feedToken>.ics` of the caller. */
export async function feedUrl(db: Db, actor: Actor): Promise<string> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { feedToken: true } });
  if (!user) throw notFound("User");
  return calendarFeedPath(user.feedToken);
}

/** A new token; the previous URL is a 404 from now on. Returns the new path. */
export async function rotateFeedToken(db: Db, actor: Actor): Promise<string> {
  const feedToken = randomUUID();
  const { count } = await db.user.updateMany({ where: { id: actor.userId }, data: { feedToken } });
  if (count === 0) throw notFound("User");
  return calendarFeedPath(feedToken);
}
