"use server";

import { z } from "zod";
import { runAction } from "@/components/host/run-action";
import { parseWith } from "@/lib/http/parse";
import { idSchema } from "@/lib/server/bookings/schemas";
import { rotateFeedToken } from "@/lib/server/calendar/feed-url";
import { createApiToken, revokeApiToken } from "@/lib/server/create-api-token";
import { notFound } from "@/lib/server/errors";
import { updateHostSettings } from "@/lib/server/host-setup/host-settings";
import { createApiTokenSchema, startHosting, updateProfile, updateProfileSchema } from "@/lib/server/host-setup/profile";
import { updateNotificationPreferences } from "@/lib/server/notifications/preferences";
import { notificationPreferencesSchema } from "@/lib/server/notifications/schemas";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { createWebhookSchema } from "@/lib/server/webhooks/schemas";

const byId = z.strictObject({ id: idSchema });
// Name, zone and roles show in the header of every page.
const everywhere = ["/"];

export async function updateProfileAction(input: z.input<typeof updateProfileSchema>) {
  return runAction(async ({ db, actor }) => updateProfile(db, actor, parseWith(updateProfileSchema, input)), (actor) => [...everywhere, "/settings", "/dashboard", `/hosts/${actor.userId}`]);
}

export async function updateNotificationsAction(input: z.input<typeof notificationPreferencesSchema>) {
  return runAction(async ({ db, actor }) => updateNotificationPreferences(db, actor, parseWith(notificationPreferencesSchema, input)), ["/settings"]);
}

export async function startHostingAction() {
  return runAction(async ({ db, actor }) => startHosting(db, actor), [...everywhere, "/settings", "/dashboard"]);
}

const publicProfileSchema = z.strictObject({
  headline: z.string().trim().max(200, "At most 200 characters."),
  bio: z.string().max(5000, "At most 5000 characters."),
  company: z.string().trim().max(200, "At most 200 characters."),
  topics: z.array(z.string().trim().toLowerCase().min(1).max(40, "Each topic: at most 40 characters.")).max(20, "At most 20 topics."),
});

export async function savePublicProfileAction(input: z.input<typeof publicProfileSchema>) {
  return runAction(async ({ db, actor }) => {
    const settings = await updateHostSettings(db, actor, parseWith(publicProfileSchema, input));
    return { headline: settings.headline as string, bio: settings.bio as string, company: settings.company as string, topics: settings.topics as string[] };
  }, (actor) => ["/settings", `/hosts/${actor.userId}`, "/hosts"]);
}

export async function createTokenAction(input: z.input<typeof createApiTokenSchema>) {
  return runAction(async ({ db, actor }) => createApiToken(db, actor, parseWith(createApiTokenSchema, input).name), ["/settings"]);
}

export async function revokeTokenAction(input: { id: string }) {
  return runAction(async ({ db, actor }) => {
    const { id } = parseWith(byId, input);
    if (!(await revokeApiToken(db, actor, id))) throw notFound("API token");
    return { id };
  }, ["/settings"]);
}

export async function createWebhookAction(input: z.input<typeof createWebhookSchema>) {
  return runAction(async ({ db, actor }) => createWebhook(db, actor, parseWith(createWebhookSchema, input)), ["/settings"]);
}

export async function deleteWebhookAction(input: { id: string }) {
  return runAction(async ({ db, actor }) => {
    const { id } = parseWith(byId, input);
    await deleteWebhook(db, actor, id);
    return { id };
  }, ["/settings"]);
}

export async function rotateFeedAction() {
  return runAction(async ({ db, actor }) => ({ path: await rotateFeedToken(db, actor) }), ["/settings"]);
}
