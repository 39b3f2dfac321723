// POST /api/v1/bookings/purchases {serviceId, notes?, timeZone?}: buy a course,
// package or bundle. 201 with the purchase and its parts (course seats).
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { createPurchase } from "@/lib/server/bookings/create-purchase";
import { createPurchaseSchema } from "@/lib/server/bookings/schemas";

export const POST = authedRoute(async ({ request, actor }) => {
  const purchase = await createPurchase(getPrisma(), actor, await parseBody(request, createPurchaseSchema));
  return json(purchase, { status: 201, headers: { location: `/api/v1/bookings/${purchase.id}` } });
});
