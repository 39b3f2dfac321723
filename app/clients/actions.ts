"use server";

import { z } from "zod";
import { runAction } from "@/components/host/run-action";
import { parseWith } from "@/lib/http/parse";
import { idSchema } from "@/lib/server/bookings/schemas";
import { addClient, addClientSchema, deactivateClient } from "@/lib/server/host-setup/clients";
import { updateHostSettings } from "@/lib/server/host-setup/host-settings";

const refreshed = (actor: { userId: string }) => ["/clients", `/hosts/${actor.userId}`];

export async function addClientAction(input: z.input<typeof addClientSchema>) {
  return runAction(async ({ db, actor }) => addClient(db, actor, parseWith(addClientSchema, input)), refreshed);
}

export async function deactivateClientAction(input: { id: string }) {
  return runAction(async ({ db, actor }) => deactivateClient(db, actor, parseWith(z.strictObject({ id: idSchema }), input).id), refreshed);
}

const audienceSchema = z.strictObject({ audience: z.enum(["anyone", "related_clients"]) });

export async function setAudienceAction(input: z.input<typeof audienceSchema>) {
  return runAction(async ({ db, actor }) => {
    const settings = await updateHostSettings(db, actor, parseWith(audienceSchema, input));
    return { audience: settings.audience as "anyone" | "related_clients" };
  }, (actor) => [...refreshed(actor), "/availability"]);
}
