import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { availabilityOf } from "@/lib/server/host-setup/availability-view";
import { createAvailability } from "@/lib/server/host-setup/create-availability";
import { listAvailability } from "@/lib/server/host-setup/list-availability";
import { createAvailabilitySchema } from "@/lib/server/host-setup/schemas";

export const GET = authedRoute(async ({ actor }) => json(await listAvailability(getPrisma(), actor)));

export const POST = authedRoute(async ({ request, actor }) => {
  const db = getPrisma();
  const created = await createAvailability(db, actor, await parseBody(request, createAvailabilitySchema));
  return json({ created, availability: await availabilityOf(db, actor.userId) }, { status: 201 });
});
