"use server";

import { z } from "zod";
import { runAction } from "@/components/host/run-action";
import { parseWith } from "@/lib/http/parse";
import { idSchema } from "@/lib/server/bookings/schemas";
import { scheduleOccurrence } from "@/lib/server/host-setup/schedule-occurrence";
import { createServiceSchema, scheduleOccurrenceSchema, updateServiceSchema } from "@/lib/server/host-setup/schemas";
import { createService, deleteService, updateService } from "@/lib/server/host-setup/services";

const refreshed = (actor: { userId: string }) => ["/services", "/dashboard", `/hosts/${actor.userId}`];
const byId = z.strictObject({ id: idSchema });

export async function createServiceAction(input: z.input<typeof createServiceSchema>) {
  return runAction(async ({ db, actor }) => createService(db, actor, parseWith(createServiceSchema, input)), refreshed);
}

export async function updateServiceAction(input: { id: string; patch: z.input<typeof updateServiceSchema> }) {
  return runAction(async ({ db, actor }) => {
    const { id } = parseWith(byId, { id: input.id });
    return updateService(db, actor, id, parseWith(updateServiceSchema, input.patch));
  }, refreshed);
}

export async function deleteServiceAction(input: { id: string }) {
  return runAction(async ({ db, actor }) => deleteService(db, actor, parseWith(byId, input).id), refreshed);
}

const occurrenceInput = scheduleOccurrenceSchema.extend({ serviceId: idSchema });

export async function scheduleOccurrenceAction(input: z.input<typeof occurrenceInput>) {
  return runAction(async ({ db, actor }) => {
    const { serviceId, ...rest } = parseWith(occurrenceInput, input);
    return scheduleOccurrence(db, actor, serviceId, rest);
  }, refreshed);
}
