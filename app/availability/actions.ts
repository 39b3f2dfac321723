"use server";

import { z } from "zod";
import { runAction } from "@/components/host/run-action";
import { parseWith } from "@/lib/http/parse";
import { idSchema } from "@/lib/server/bookings/schemas";
import { createAvailability } from "@/lib/server/host-setup/create-availability";
import { deleteAvailability } from "@/lib/server/host-setup/delete-availability";
import { updateHostSettings } from "@/lib/server/host-setup/host-settings";
import { replaceWeeklyAvailability } from "@/lib/server/host-setup/replace-weekly-availability";
import { createAvailabilitySchema, hostSettingsSchema, replaceWeeklySchema } from "@/lib/server/host-setup/schemas";

// Everything here changes what clients can book: the public host page and
// the dashboard read it fresh.
const refreshed = (actor: { userId: string }) => ["/availability", "/dashboard", `/hosts/${actor.userId}`];

export async function saveWeeklyHours(input: z.input<typeof replaceWeeklySchema>) {
  return runAction(async ({ db, actor }) => replaceWeeklyAvailability(db, actor, parseWith(replaceWeeklySchema, input)), refreshed);
}

export async function addAvailabilityEntry(input: z.input<typeof createAvailabilitySchema>) {
  return runAction(async ({ db, actor }) => {
    return createAvailability(db, actor, parseWith(createAvailabilitySchema, input));
  }, refreshed);
}

export async function removeAvailabilityEntry(input: { id: string }) {
  return runAction(async ({ db, actor }) => {
    const { id } = parseWith(z.strictObject({ id: idSchema }), input);
    await deleteAvailability(db, actor, id);
    return { id };
  }, refreshed);
}

export async function saveHostSettings(input: z.input<typeof hostSettingsSchema>) {
  return runAction(async ({ db, actor }) => updateHostSettings(db, actor, parseWith(hostSettingsSchema, input)), (actor) => [...refreshed(actor), "/settings", "/"]);
}
