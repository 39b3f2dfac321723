import { getPrisma } from "@/lib/db";
import { parseQuery, parseWith } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { listBookings } from "@/lib/server/bookings/list-bookings";
import { createBookingSchema, listBookingsQuerySchema } from "@/lib/server/bookings/schemas";

export const GET = authedRoute(async ({ request, actor }) => json(await listBookings(getPrisma(), actor, parseQuery(request, listBookingsQuerySchema))));

export const POST = idempotentRoute(async ({ actor, body }) => {
  const booking = await createBooking(getPrisma(), actor, parseWith(createBookingSchema, body));
  return json(booking, { status: 201, headers: { location: `/api/v1/bookings/${booking.id}` } });
});
