import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/server/notifications/preferences";
import { notificationPreferencesSchema } from "@/lib/server/notifications/schemas";

export const GET = authedRoute(async ({ actor }) => json(await getNotificationPreferences(getPrisma(), actor)));

export const PATCH = authedRoute(async ({ request, actor }) =>
  json(await updateNotificationPreferences(getPrisma(), actor, await parseBody(request, notificationPreferencesSchema))),
);
