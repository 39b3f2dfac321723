// POST /api/v1/bookings/purchases {serviceId, notes?, timeZone?}: buy a course,
// package or bundle. 201 with the purchase and its parts (course seats).
import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { createPurchase } from "@/lib/server/bookings/create-purchase";
import { createPurchaseSchema } from "@/lib/server/bookings/schemas";

export const POST = idempotentRoute(async ({ actor, body }) => {
  const purchase = await createPurchase(getPrisma(), actor, parseWith(createPurchaseSchema, body));
  return json(purchase, { status: 201, headers: { location: `/api/v1/bookings/${purchase.id}` } });
});
