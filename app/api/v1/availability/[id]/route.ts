import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { availabilityOf } from "@/lib/server/host-setup/availability-view";
import { deleteAvailability } from "@/lib/server/host-setup/delete-availability";
import { updateAvailabilitySchema } from "@/lib/server/host-setup/schemas";
import { updateAvailability } from "@/lib/server/host-setup/update-availability";

export const PATCH = authedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  const updated = await updateAvailability(db, actor, params.id, await parseBody(request, updateAvailabilitySchema));
  return json({ updated, availability: await availabilityOf(db, actor.userId) });
});

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteAvailability(getPrisma(), actor, params.id);
  return new Response(null, { status: 204 });
});
