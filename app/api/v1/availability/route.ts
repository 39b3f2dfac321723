import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { availabilityOf } from "@/lib/server/host-setup/availability-view";
import { createAvailability } from "@/lib/server/host-setup/create-availability";
import { listAvailability } from "@/lib/server/host-setup/list-availability";
import { createAvailabilitySchema } from "@/lib/server/host-setup/schemas";

export const GET = authedRoute(async ({ actor }) => json(await listAvailability(getPrisma(), actor)));

export const POST = idempotentRoute(async ({ actor, body }) => {
  const db = getPrisma();
  const created = await createAvailability(db, actor, parseWith(createAvailabilitySchema, body));
  return json({ created, availability: await availabilityOf(db, actor.userId) }, { status: 201 });
});
