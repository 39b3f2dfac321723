import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { json, publicRoute } from "@/lib/http/route";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { slotsQuerySchema } from "@/lib/server/bookings/schemas";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { notFound } from "@/lib/server/errors";

// Public: anyone may see free times. With credentials, the caller's own
// sessions are taken out too (nobody attends two sessions at once).
export const GET = publicRoute<{ id: string }>(async ({ request, actor, params }) => {
  if (!isUuid(params.id)) throw notFound("Host");
  const query = parseQuery(request, slotsQuerySchema);
  return json(await getSlots(getPrisma(), actor, params.id, query), { headers: { "cache-control": "private, no-store" } });
});
