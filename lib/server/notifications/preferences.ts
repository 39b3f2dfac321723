// The caller's own notification preferences. Lifecycle mails (requests,
// confirmations, changes) always go out: they are how a booking works.
// Reminders are a convenience each user may turn off.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import type { NotificationPreferences } from "./schemas";

const select = { emailReminders: true } as const;

export async function getNotificationPreferences(db: Db, actor: Actor): Promise<NotificationPreferences> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select });
  if (!user) throw notFound("User");
  return user;
}

export async function updateNotificationPreferences(db: Db, actor: Actor, input: NotificationPreferences): Promise<NotificationPreferences> {
  const { count } = await db.user.updateMany({ where: { id: actor.userId }, data: { emailReminders: input.emailReminders } });
  if (count === 0) throw notFound("User");
  return getNotificationPreferences(db, actor);
}
